"""Mark the first use of each glossary term on a page, and list the terms used at the end of the page.

A Python-Markdown tree processor sees the parsed page, so headings, links, code and raw HTML (quizzes,
checklists) are never touched. Without JavaScript each marked term is a link to its definition at the foot of
the page (which also prints); ikc-glossary.js turns it into a button that shows the definition in place.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Extension
from markdown.treeprocessors import Treeprocessor

from .course import Term

SKIP_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "a", "code", "pre", "abbr", "script", "style", "label", "summary"}
SKIP_CLASSES = {"admonition-title", "ikc-terms"}


def _trie_pattern(forms: list[str]) -> str:
    """One regular expression for many phrases, factored by common prefix ("care (?:order|plan)").

    Python's `re` tries each branch of a plain alternation in turn at every position; with 200 phrases that made
    glossary marking a tenth of the whole build. Factored, it is several times faster. Each optional tail is greedy,
    so the longest phrase still wins ("HCCH status table" before "HCCH").
    """
    trie: dict = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}  # a phrase ends here

    def pattern(node: dict) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(trie)


def _terms_regex(forms: list[str]) -> re.Pattern:
    # Ordinary words ignore case, so "Care order" at a sentence start matches; acronyms (ISS, SGO) match exactly.
    # Ordinary phrases come first, so that "HCCH status table" wins over the acronym "HCCH".
    words = [form.lower() for form in forms if not form.isupper()]
    acronyms = [form for form in forms if form.isupper()]
    branches = [f"(?i:{_trie_pattern(words)})" if words else "", _trie_pattern(acronyms) if acronyms else ""]
    # A leading look-ahead for the letters a term can start with lets `re` skip other positions quickly (a pattern
    # that starts with \b cannot): about a third less time scanning, same matches.
    starts = {form[0] for form in acronyms} | {c for form in words for c in (form[0].lower(), form[0].upper())}
    first = "(?=[" + "".join(re.escape(c) for c in sorted(starts)) + "])"
    return re.compile(first + r"\b(" + "|".join(b for b in branches if b) + r")\b")


class GlossaryExtension(Extension):
    def __init__(self, terms: list[Term]):
        super().__init__()
        self.terms = terms
        self.active = False  # set per page by the hooks
        forms = sorted(((form, term) for term in terms for form in term.forms), key=lambda ft: -len(ft[0]))
        self.by_form = {form.lower(): term for form, term in forms}
        self.regex = _terms_regex([form for form, _ in forms]) if forms else None

    def extendMarkdown(self, md):
        # Priority below the inline processor (20) so the text is final; above prettify.
        md.treeprocessors.register(GlossaryTreeprocessor(md, self), "ikc_glossary", 8)


class GlossaryTreeprocessor(Treeprocessor):
    def __init__(self, md, ext: GlossaryExtension):
        super().__init__(md)
        self.ext = ext

    def run(self, root):
        if not self.ext.active or not self.ext.regex:
            return None
        self.used: dict[str, Term] = {}  # by slug: a look-up here is made for every match on the page
        self._walk(root)
        if self.used:
            root.append(self._term_list())
        return None

    def _skip(self, el) -> bool:
        classes = set((el.get("class") or "").split())
        return el.tag in SKIP_TAGS or bool(classes & SKIP_CLASSES)

    def _walk(self, el):
        if self._skip(el):
            return
        if el.text:
            el.text, nodes = self._split(el.text)
            for i, node in enumerate(nodes):
                el.insert(i, node)
        for child in list(el):
            self._walk(child)
            if child.tail:
                child.tail, nodes = self._split(child.tail)
                position = list(el).index(child) + 1
                for i, node in enumerate(nodes):
                    el.insert(position + i, node)

    def _split(self, text: str):
        """Return the text before the first new term, and link elements each carrying the text after it."""
        nodes: list[etree.Element] = []
        lead, cursor = None, 0
        for match in self.ext.regex.finditer(text):
            term = self.ext.by_form.get(match.group(1).lower())
            if term is None or term.slug in self.used:
                continue
            self.used[term.slug] = term
            before = text[cursor:match.start()]
            if nodes:
                nodes[-1].tail = before
            else:
                lead = before
            link = etree.Element("a", {"class": "ikc-term", "href": f"#term-{term.slug}", "data-term": term.slug})
            link.text = match.group(1)
            nodes.append(link)
            cursor = match.end()
        if not nodes:
            return text, []
        nodes[-1].tail = text[cursor:]
        return lead, nodes

    def _term_list(self):
        section = etree.Element("div", {"class": "ikc-terms", "data-search-exclude": ""})
        heading = etree.SubElement(section, "h2", {"id": "terms-on-this-page"})
        heading.text = "Terms used on this page"
        dl = etree.SubElement(section, "dl")
        for term in sorted(self.used.values(), key=lambda t: t.term.lower()):
            dt = etree.SubElement(dl, "dt", {"id": f"term-{term.slug}"})
            dt.text = term.term
            dd = etree.SubElement(dl, "dd")
            dd.text = term.definition
        return section
