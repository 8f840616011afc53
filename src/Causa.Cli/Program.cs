using Causa.Cli;

// Causa.Cli's own entry point has every command but no web site (it references the application layer only): it is what
// the Native AOT binary runs. The normal `causa` executable, src/Causa.Host, adds the site.
return await CausaCommandLine.RunAsync(args, siteRunner: null).ConfigureAwait(false);
