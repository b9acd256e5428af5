-- wrk script for dev/bench-portal.sh: every request asks a DIFFERENT search (term, category, year, page),
-- so that the output cache, keyed by URL, rarely helps: the figures are those of cache misses.
-- Usage: wrk -s dev/bench-search.lua URL -- long|short /agencies/CODE/items
-- The terms fit the benchmark's seed (titles 关于…工作的通知（第N号）, 文号 新建办〔YYYY〕N号, bodies
-- 政务公开工作 ×40 + 编号N): some match every item, some 20,000, some one, some none.
local mode, base

local long = { "老旧小区", "小区改造", "老旧小区改造", "财政预算", "预算公开", "社会救助标准", "救助标准",
  "行政许可", "许可事项", "安全生产检查", "生产检查", "工作的通知", "政务公开工作", "公开工作政务",
  "新郑市新建路", "不存在的词语", "桥梁检测", "防汛工作方案" }
local short = { "小区", "预算", "救助", "许可", "安全", "通知", "关于", "改造", "公开", "政务", "桥梁", "防汛",
  "区", "税", "新" }

local function encode(s)
  return (s:gsub("[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function term()
  local r = math.random()
  if mode == "short" then
    if r < 0.25 then return tostring(math.random(10, 99)) end   -- digits: in titles and 文号
    return short[math.random(#short)]
  end
  if r < 0.15 then return "第" .. math.random(1, 100000) .. "号" end   -- one title
  if r < 0.25 then return "编号" .. math.random(1, 100000) end        -- bodies only, few
  return long[math.random(#long)]
end

function init(args)
  mode = args[1] or "long"
  base = args[2] or "/"
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
end

function request()
  local path = base .. "?q=" .. encode(term())
  if math.random() < 0.3 then path = path .. "&category=A20-" .. string.format("%02d", math.random(1, 15)) end
  if math.random() < 0.3 then path = path .. "&year=" .. math.random(2015, 2024) end
  local r = math.random()
  if r > 0.6 then path = path .. "&page=" .. math.random(2, 60) end   -- some beyond the cap (page 51+)
  return wrk.format("GET", path)
end
