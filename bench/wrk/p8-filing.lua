-- bench/p8-failover.sh: POST /api/organizations under failover. Every answer goes to one line of a log per thread
-- ("epoch-seconds status id"; id only for a 201), so the script can reconcile acknowledged filings afterwards and see
-- when failures started and stopped. Env: BENCH_TOKEN, BENCH_INCUBATOR, BENCH_ACK_DIR.
local token = os.getenv("BENCH_TOKEN")
local incubator = os.getenv("BENCH_INCUBATOR")
local ack_dir = os.getenv("BENCH_ACK_DIR")
local counter = 0
local prefix = ""
local out = nil

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
  prefix = string.format("%08x", math.random(0, 0x7fffffff))
  out = io.open(ack_dir .. "/acks-" .. prefix .. ".log", "w")
  out:setvbuf("line")
end

function request()
  counter = counter + 1
  local body = string.format(
    '{"incubatorId":"%s","name":"故障演练助老服务社%s%d","category":"CommunityService","serviceDomains":["ElderlyCare"],"contactName":"王敏","contactPhone":"13912345678"}',
    incubator, prefix, counter)
  return wrk.format("POST", "/api/organizations",
    { ["Content-Type"] = "application/json", ["Accept"] = "application/json", ["Authorization"] = "Bearer " .. token }, body)
end

function response(status, headers, body)
  local id = "-"
  if status == 201 then
    id = body:match('"id":"([0-9a-fA-F%-]+)"') or "?"
  end
  out:write(os.time(), " ", status, " ", id, " ", headers["Retry-After"] or "-", "\n")
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT requests=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.0f socket_errors=%d timeouts=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, e.connect + e.read + e.write, e.timeout))
end
