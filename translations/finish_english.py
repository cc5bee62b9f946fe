#!/usr/bin/env python3
"""Finishes factdesk_en.ts after lupdate: the sources are English already, so
each message's translation is its source, and "(s)" plurals are written out
("%n fact(s)" gives "%n fact" / "%n facts"). Messages already finished by hand
are kept. A plural without "(s)" that nobody translated yet stays unfinished
and is reported, because guessing English plurals is how bad text ships."""

import re
import sys

MESSAGE = re.compile(r"(<message(?: [^>]*)?>)(.*?)(</message>)", re.S)
SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
TRANSLATION = re.compile(r"( *)<translation(?: [^>]*)?>.*?</translation>|( *)<translation(?: [^>]*)?/>", re.S)


def english_forms(source):
    for marker, ending in (("(es)", "es"), ("(s)", "s")):
        if marker in source:
            return source.replace(marker, ""), source.replace(marker, ending)
    return None


def finish(match, unfinished):
    head, body, tail = match.groups()
    translation = TRANSLATION.search(body)
    source = SOURCE.search(body)
    if not translation or not source or 'type="unfinished"' not in translation.group(0):
        return match.group(0)
    indent = translation.group(1) or translation.group(2) or ""
    text = source.group(1)
    if 'numerus="yes"' in head:
        forms = english_forms(text)
        if forms is None:
            unfinished.append(text)
            return match.group(0)
        inner = "".join(f"\n{indent}    <numerusform>{form}</numerusform>" for form in forms)
        replacement = f"{indent}<translation>{inner}\n{indent}</translation>"
    else:
        replacement = f"{indent}<translation>{text}</translation>"
    return head + body[: translation.start()] + replacement + body[translation.end():] + tail


def main(path):
    with open(path, encoding="utf-8") as file:
        content = file.read()
    unfinished = []
    content = MESSAGE.sub(lambda m: finish(m, unfinished), content)
    with open(path, "w", encoding="utf-8") as file:
        file.write(content)
    for text in unfinished:
        print(f"{path}: write the English plural forms of '{text}' by hand", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: finish_english.py factdesk_en.ts")
    main(sys.argv[1])
