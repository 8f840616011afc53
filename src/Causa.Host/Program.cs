using Causa.Cli;
using Causa.Host;

// The causa executable: every command of Causa.Cli, with `serve` and `quickstart --serve` hosting Causa.Web.
return await CausaCommandLine.RunAsync(args, new WebSiteRunner()).ConfigureAwait(false);
