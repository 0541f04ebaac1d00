"""Where a page is: its module in the title, a breadcrumb, previous/next.

A chapter is a folder ``docs/<module>/`` whose ``index.rst`` declares
the module (``.. module:: sqlite3``).  Every other page of the folder is
named with the module: ``sqlite3: Handling Errors`` in ``<title>``, in
search results (both read Sphinx's "long title") and in its heading.
HTML pages start with a breadcrumb (site, chapter, page), and the
previous/next links at their foot name the module and say when they
leave the chapter.
"""

from __future__ import annotations

from html import escape

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.domains.python import PythonDomain
from sphinx.environment import BuildEnvironment
from sphinx.writers.html5 import HTML5Translator

HTML_BUILDERS = ("html", "dirhtml", "singlehtml")


def chapter_modules(env: BuildEnvironment) -> dict[str, str]:
    """Chapter folder -> the first module its ``index`` declares."""
    domain: PythonDomain = env.get_domain("py")  # type: ignore[assignment]
    found: dict[str, str] = {}
    for name, entry in sorted(domain.modules.items()):
        folder, _, page = entry.docname.rpartition("/")
        if folder and page == "index" and "/" not in folder:
            found.setdefault(folder, name)
    return found


def chapter_of(env: BuildEnvironment, docname: str) -> tuple[str, str] | None:
    """(the chapter's index, its module) for a page of a chapter, else None."""
    folder = docname.partition("/")[0]
    module = chapter_modules(env).get(folder) if "/" in docname else None
    return (f"{folder}/index", module) if module else None


def named_title(env: BuildEnvironment, docname: str) -> str:
    """A page's title as other pages show it: ``sqlite3: Handling Errors``."""
    title = env.titles[docname].astext() if docname in env.titles else docname
    chapter = chapter_of(env, docname)
    if chapter is None or chapter[0] == docname:
        return title  # the chapter's own title names the module already
    return f"{chapter[1]}: {title}"


def name_pages(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """``env-updated``: the long title (``<title>``, search results) names the module."""
    for docname in env.found_docs:
        if docname in env.titles:
            env.longtitles[docname] = nodes.title("", named_title(env, docname))
    return []


class breadcrumb(nodes.General, nodes.Element):
    """``crumbs``: a list of (text, uri); the last one is the page itself (uri "")."""


def visit_breadcrumb(self: HTML5Translator, node: breadcrumb) -> None:
    items = []
    for text, uri in node["crumbs"]:
        if uri:
            items.append(f'<li><a href="{escape(uri)}">{escape(text)}</a></li>')
        else:
            items.append(f'<li aria-current="page">{escape(text)}</li>')
    self.body.append(
        '<nav class="motw-breadcrumb" aria-label="Breadcrumb"><ol>'
        + "".join(items)
        + "</ol></nav>\n"
    )
    raise nodes.SkipNode


def add_breadcrumb(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """HTML: a breadcrumb above the page's heading, and the module in the heading."""
    env = app.env
    if app.builder.name not in HTML_BUILDERS or docname == env.config.root_doc:
        return
    top = next(iter(doctree.findall(nodes.section)), None)
    if top is None:
        return
    uri = app.builder.get_relative_uri
    crumbs = [(env.config.project, uri(docname, env.config.root_doc))]
    chapter = chapter_of(env, docname)
    title = env.titles[docname].astext() if docname in env.titles else docname
    if chapter is not None and chapter[0] != docname:
        crumbs.append((chapter[1], uri(docname, chapter[0])))
        heading = top[0]
        assert isinstance(heading, nodes.title)
        prefix = nodes.inline("", f"{chapter[1]}: ", classes=["motw-heading-module"])
        heading.insert(0, prefix)
    crumbs.append((title, ""))
    top.parent.insert(top.parent.index(top), breadcrumb(crumbs=crumbs))


def relation_title(env: BuildEnvironment, here: str, there: str, direction: str) -> str:
    """The HTML title of a previous/next link, saying when it leaves the chapter."""
    text = escape(named_title(env, there))
    mine, theirs = chapter_of(env, here), chapter_of(env, there)
    if mine is None or mine == theirs:
        return text
    if theirs is None:
        note = f"leaves {mine[1]}"
    else:
        note = f"{direction} chapter"
    return f'{text} <span class="motw-leaves-chapter">({note})</span>'


def name_relations(
    app: Sphinx, pagename: str, templatename: str, context: dict, doctree: nodes.Node | None
) -> None:
    """``html-page-context``: previous/next name the module and say "next chapter"."""
    relations = getattr(app.builder, "relations", {}).get(pagename)
    if not relations or doctree is None:
        return
    _parent, previous, following = relations
    for key, other, direction in (("prev", previous, "previous"), ("next", following, "next")):
        if other and context.get(key):
            context[key] = {
                **context[key],
                "title": relation_title(app.env, pagename, other, direction),
            }


def setup(app: Sphinx) -> None:
    app.add_node(breadcrumb, html=(visit_breadcrumb, None))
    app.connect("env-updated", name_pages)
    app.connect("doctree-resolved", add_breadcrumb)
    app.connect("html-page-context", name_relations)
