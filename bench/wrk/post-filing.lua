-- POST /api/organizations: a fresh filing per request at the incubator BENCH_INCUBATOR.
dofile(os.getenv("BENCH_WRK_DIR") .. "/report.lua")
local incubator = os.getenv("BENCH_INCUBATOR")
local counter = 0
local prefix = ""

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
  prefix = string.format("%08x", math.random(0, 0x7fffffff))
end

function request()
  counter = counter + 1
  local body = string.format(
    '{"incubatorId":"%s","name":"压测助老服务社%s%d","category":"CommunityService","serviceDomains":["ElderlyCare"],"contactName":"王敏","contactPhone":"13912345678"}',
    incubator, prefix, counter)
  -- wrk.format uses wrk.headers (Host, Authorization) only when given no headers: copy them.
  local headers = { ["Content-Type"] = "application/json" }
  for name, value in pairs(wrk.headers) do
    headers[name] = value
  end
  return wrk.format("POST", "/api/organizations", headers, body)
end
