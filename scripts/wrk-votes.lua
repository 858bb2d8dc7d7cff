-- wrk script: phones voting on the room's server, for the load test (Tests/WorkshopWebTests/RoomLoadTests)
-- and `workshop bench-room`. Environment: WORKSHOP_CODE (the join code), WORKSHOP_QUOTA (votes per wrk
-- thread), WORKSHOP_POLL (the open poll's id), WORKSHOP_CHOICES (comma-separated choice values, taken in turn).
--
-- Every request is a vote from a new phone until a thread's quota, then a read of the state, so the number
-- of votes is bounded. wrk calls request() once on the first thread's Lua state before the run
-- (script_verify_request, to see whether the script pipelines) and throws that request away; a vote made
-- there was never sent. So the first call on every thread reads the state, and each thread's votes are
-- calls 2 … quota + 1: exactly `quota` votes sent per thread.
local code = os.getenv("WORKSHOP_CODE")
local quota = tonumber(os.getenv("WORKSHOP_QUOTA"))
local poll = os.getenv("WORKSHOP_POLL")
local choices = {}
for choice in string.gmatch(os.getenv("WORKSHOP_CHOICES"), "[^,]+") do table.insert(choices, choice) end
local threads = {}
function setup(thread)
  table.insert(threads, thread)
  thread:set("number", #threads)
end
counter = 0
accepted = 0
other = 0
function request()
  counter = counter + 1
  if counter == 1 or counter > quota + 1 then
    return wrk.format("GET", "/state.json", { ["Cookie"] = "workshop-join=" .. code })
  end
  local token = string.format("%08x%024x", number, counter)
  return wrk.format("POST", "/vote", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Accept"] = "application/json",
    ["Cookie"] = "workshop-join=" .. code .. "; workshop-device=" .. token,
  }, "poll=" .. poll .. "&choice=" .. choices[counter % #choices + 1])
end
function response(status, headers, body)
  if status == 202 then accepted = accepted + 1 elseif status ~= 200 then other = other + 1 end
end
function done(summary, latency, requests)
  local a, o = 0, 0
  for _, t in ipairs(threads) do a = a + t:get("accepted"); o = o + t:get("other") end
  io.write(string.format("votes_accepted=%d\nother_status=%d\n", a, o))
  io.write(string.format("p50_ms=%.3f\np99_ms=%.3f\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
