-- site.lua: the pandoc filter that turns a Markdown file of the kit into a
-- page of its website (tools/site/Makefrag runs it; handouts/instructor.md,
-- "The handouts as a website", says what the site is).
--
-- What it does beyond pandoc's own HTML:
--
--  * Figures.  A paragraph holding only
--        ![Figure N.k: caption.](figures/NAME.svg){#fig:NAME alt="..."}
--    becomes <figure id="fig:NAME"><a href><img src alt></a><figcaption>...
--    </figcaption></figure>: pandoc 2.17 puts the id on the <img> and takes
--    the caption as the alt text when there is no alt attribute.  The link
--    opens the picture alone, full size (on a phone, to zoom).
--  * Links between the documents.  A link to a published Markdown file
--    (README.md, labs/README.md, handouts/*.md outside handouts/answers/)
--    goes to its page; one to a Markdown file this tree does not have (a
--    student tree has no handouts of later stages) keeps its text only.
--  * Links to the sources.  A code span that names a file of the tree
--    links to that file's page under src/ (`vmm/bt.c:120`: to its line 120),
--    and so does a Markdown link to such a file.  A code span names a file
--    (1) by its path from the top of the tree, `vmm/bt.c`; or by its name
--    alone, `vm.c`, (2) when a directory where this handout's students work
--    (labs/stageN.json, "student_files") holds a file of that name, or else
--    (3) when exactly one file of the tree has that name.  Anything else
--    stays plain text.  The files with a page are those tools/site/srcpages
--    listed (metadata srclist); the directories, srcdirs.
--  * The navigation bar (metadata navbar, for the template), from the
--    lines `PAGE<tab>LABEL` of tools/site/nav (metadata navlist), with the
--    page itself marked.
--  * The page title: the first level-1 heading, if the metadata has none.
--
-- Metadata it reads (tools/site/Makefrag passes them with -M):
--   source   the Markdown file's path from the top of the tree
--   srclist  the file listing the sources that have a page

local source_dir = ""      -- directory of the document, from the top, "" or "dir/"
local srcfiles = {}        -- path from the top -> true
local byname = {}          -- file name -> its path, or false if several
local workdirs = {}        -- where this handout's students work

-- The page a published Markdown file becomes; nil if it is not published.
-- tools/site/Makefrag names the pages the same way (SITE_PAGE).
local function page_of(path)
  if path == "README.md" then return "index.html" end
  if path == "labs/README.md" then return "labs.html" end
  if path == "handouts/README.md" then return "handouts.html" end
  local name = path:match("^handouts/([^/]+)%.md$")
  if name then return name .. ".html" end
  return nil
end

local function exists(path)
  local f = io.open(path, "rb")
  if f == nil then return false end
  f:close()
  return true
end

-- "a/b/../c/./d" -> "a/c/d"; nil if it climbs out of the tree.
local function normalize(path)
  local parts = {}
  for part in path:gmatch("[^/]+") do
    if part == ".." then
      if #parts == 0 then return nil end
      table.remove(parts)
    elseif part ~= "." then
      table.insert(parts, part)
    end
  end
  return table.concat(parts, "/")
end

local function src_page(path, line)
  local target = "src/" .. path .. ".html"
  if line then target = target .. "#L" .. line end
  return target
end

function Meta(meta)
  if meta.source then
    local dir = pandoc.utils.stringify(meta.source):match("^(.*/)") or ""
    source_dir = dir
  end
  if meta.srclist then
    local f = io.open(pandoc.utils.stringify(meta.srclist), "r")
    if f then
      for line in f:lines() do
        srcfiles[line] = true
        local name = line:match("([^/]+)$")
        if byname[name] == nil then byname[name] = line else byname[name] = false end
      end
      f:close()
    end
  end
  if meta.srcdirs and meta.source then
    local source = pandoc.utils.stringify(meta.source)
    local f = io.open(pandoc.utils.stringify(meta.srcdirs), "r")
    if f then
      for line in f:lines() do
        local words = {}
        for w in line:gmatch("%S+") do table.insert(words, w) end
        if words[1] == source then
          for i = 2, #words do table.insert(workdirs, words[i]) end
        end
      end
      f:close()
    end
  end
end

-- The file a code span names, by the rules above; nil if none.
local function named_file(text)
  if srcfiles[text] then return text end
  if text:find("/") or not text:match("^[%w_.+-]+%.[%w]+$") then return nil end
  for _, dir in ipairs(workdirs) do
    if srcfiles[dir .. "/" .. text] then return dir .. "/" .. text end
  end
  return byname[text] or nil
end

function Link(el)
  local target = el.target
  if target:match("^[%a][%w+.-]*:") or target:match("^#") then
    return el, false                   -- http:, mailto:, or this page's anchor
  end
  local path, frag = target:match("^([^#]*)(#?.*)$")
  local repo = normalize(source_dir .. path)
  if repo == nil then return el, false end
  local page = page_of(repo)
  if page then
    if exists(repo) then
      el.target = page .. frag
      return el, false
    end
    return el.content                  -- a handout this tree does not have
  end
  if path:match("%.md$") and not exists(repo) then
    return el.content
  end
  if srcfiles[repo] then
    el.target = src_page(repo) .. frag
    return el, false
  end
  return el, false                     -- left as written: check-site judges it
end

-- A heading keeps its code spans as they are: its text is also the table of
-- contents' link.
function Header(el)
  return el, false
end

function Code(el)
  local path, line = el.text:match("^([%w_./+-]+):(%d+)$")
  if not path then path = el.text end
  local file = named_file(path)
  if file then
    return pandoc.Link({el}, src_page(file, line)), false
  end
  return nil
end

-- Where a picture of the document is on the site: the figures of
-- handouts/figures/ are built to figures/ (a page of README.md says
-- handouts/figures/NAME.svg, a handout figures/NAME.svg).
local function site_image(src)
  if src:match("^[%a][%w+.-]*:") then return src end
  local repo = normalize(source_dir .. src)
  local name = repo and repo:match("^handouts/figures/(.+)$")
  if name then return "figures/" .. name end
  return src
end

function Image(el)
  el.src = site_image(el.src)
  return el
end

local function html_escape(s)
  return (s:gsub("&", "&amp;"):gsub("<", "&lt;"):gsub(">", "&gt;"):gsub('"', "&quot;"))
end

function Para(el)
  if #el.content ~= 1 or el.content[1].t ~= "Image" then return nil end
  local img = el.content[1]
  local id = img.identifier
  local alt = img.attributes["alt"]
  if id == "" or alt == nil then return nil end
  img.src = site_image(img.src)
  local caption = pandoc.write(pandoc.Pandoc({pandoc.Plain(img.caption)}), "html")
  caption = caption:gsub("%s+$", "")
  local html = string.format(
    '<figure id="%s">\n<a href="%s"><img src="%s" alt="%s" /></a>\n<figcaption>%s</figcaption>\n</figure>',
    html_escape(id), html_escape(img.src), html_escape(img.src), html_escape(alt), caption)
  return pandoc.RawBlock("html", html)
end

local function navbar(meta)
  if not meta.navlist then return nil end
  local f = io.open(pandoc.utils.stringify(meta.navlist), "r")
  if f == nil then return nil end
  local here = meta.source and page_of(pandoc.utils.stringify(meta.source))
  local items = {}
  for line in f:lines() do
    local page, label = line:match("^([^\t]+)\t(.+)$")
    if page then
      local current = (page == here) and ' aria-current="page"' or ""
      table.insert(items, string.format('<li><a href="%s"%s>%s</a></li>',
        html_escape(page), current, html_escape(label)))
    end
  end
  f:close()
  return '<header class="site-nav"><nav aria-label="Course"><ul>\n'
    .. table.concat(items, "\n") .. '\n</ul></nav></header>'
end

function Pandoc(doc)
  local bar = navbar(doc.meta)
  if bar then
    doc.meta.navbar = pandoc.MetaBlocks({pandoc.RawBlock("html", bar)})
  end
  if doc.meta.title == nil and doc.meta.pagetitle == nil then
    for _, block in ipairs(doc.blocks) do
      if block.t == "Header" and block.level == 1 then
        doc.meta.pagetitle = pandoc.utils.stringify(block.content)
        break
      end
    end
  end
  return doc
end

return {
  {Meta = Meta},
  {traverse = "topdown", Header = Header, Link = Link, Code = Code},
  {Para = Para, Image = Image},
  {Pandoc = Pandoc},
}
