-- tests/load/torn.lua — wrk script for publish-while-reading.sh.
-- Cycles through FAQ pages and question pages, and checks every body: each answer of a generation
-- carries that generation's word (genword-alpha or genword-beta), so a body with both is a torn page
-- (half one revision, half the next). Counts per thread, summed in done().

local paths = { "/ar/faq", "/en/faq", "/ar/faq/forgot-password", "/en/faq/pass-mark", "/ar/faq", "/en/faq" }
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  i = 0
  responses, errors5xx, other_non2xx, torn, unmarked, alpha, beta = 0, 0, 0, 0, 0, 0, 0
end

function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end

function response(status, headers, body)
  responses = responses + 1
  if status >= 500 then
    errors5xx = errors5xx + 1
    return
  elseif status < 200 or status > 299 then
    other_non2xx = other_non2xx + 1
    return
  end
  local a = string.find(body, "genword-alpha", 1, true) ~= nil
  local b = string.find(body, "genword-beta", 1, true) ~= nil
  if a and b then
    torn = torn + 1
  elseif a then
    alpha = alpha + 1
  elseif b then
    beta = beta + 1
  else
    unmarked = unmarked + 1
  end
end

function done(summary, latency, requests)
  local t = { responses = 0, errors5xx = 0, other_non2xx = 0, torn = 0, unmarked = 0, alpha = 0, beta = 0 }
  for _, thread in ipairs(threads) do
    for k, _ in pairs(t) do
      t[k] = t[k] + (thread:get(k) or 0)
    end
  end
  io.write(string.format(
    'BODIES {"responses":%d,"errors_5xx":%d,"other_non2xx":%d,"torn":%d,"unmarked":%d,"alpha":%d,"beta":%d,"socket_errors":%d,"timeouts":%d}\n',
    t.responses, t.errors5xx, t.other_non2xx, t.torn, t.unmarked, t.alpha, t.beta,
    summary.errors.connect + summary.errors.read + summary.errors.write, summary.errors.timeout))
end
