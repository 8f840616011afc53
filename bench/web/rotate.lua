-- wrk script: each request takes the next path from the file named by CAUSA_PATHS (one site-relative path a line),
-- so the load rotates over many drug-event pairs instead of hitting one cached answer.
local paths = {}
for line in io.lines(os.getenv("CAUSA_PATHS")) do
  if #line > 0 then paths[#paths + 1] = line end
end
if #paths == 0 then error("no paths in " .. tostring(os.getenv("CAUSA_PATHS"))) end

local i = 0
function setup(thread)
  -- Threads start at different places in the list.
  i = i + 1
  thread:set("start", i * 7919)
end

function init(args)
  i = start or 0
end

function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end

function done(summary, latency, requests)
  io.write(string.format("CAUSA requests=%d errors_connect=%d errors_read=%d errors_write=%d errors_status=%d errors_timeout=%d p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f rps=%.1f\n",
    summary.requests, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status,
    summary.errors.timeout, latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.requests / (summary.duration / 1e6)))
end
