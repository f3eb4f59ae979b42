#!/usr/bin/env python3
"""Fill TeamLens's .ts catalogues after lupdate, so translating new strings stays a quick step.

    ninja -C build update_translations        # lupdate: collects every tr() string of the tree
    translations/fill_translations.py         # fills the catalogues from translations/zh_CN.json
    ninja -C build                            # lrelease embeds the .qm files again

- teamlens_en.ts: English is the source language; every message gets its source text as its
  translation and is marked finished. Plural messages take their singular and plural forms from
  "en_plurals" in zh_CN.json.
- teamlens_zh_CN.ts: translations come from zh_CN.json ("contexts" for terms that depend on where
  they appear, e.g. the Vocabulary's "Open" = 处理中; "messages" for everything else). A message
  the dictionary does not know keeps a finished translation made in Linguist, else stays
  unfinished. Placeholders (%1, %n, …) must match the source.

Exit status: 0 when both catalogues are complete, 1 when messages are untranslated or a
placeholder does not match (they are listed, as JSON ready to paste into zh_CN.json), 2 on usage
errors. --check reports without writing.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
PLACEHOLDER = re.compile(r"%(?:\d+|n|L\d+)")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text or "")))


def set_translation(message, forms, numerus):
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    if numerus:
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = forms[0]


def existing_translation(message):
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return None
    forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
    return forms if all(f.strip() for f in forms) else None


def mark_unfinished(message):
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.set("type", "unfinished")


def fill(path, dictionary, english):
    tree = ET.parse(path)
    missing, mismatched, total = [], [], 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        contextual = dictionary.get("contexts", {}).get(name, {})
        for message in context.iter("message"):
            total += 1
            source = message.findtext("source") or ""
            numerus = message.get("numerus") == "yes"
            if english:
                # Plurals need their English forms spelt out ("en_plurals"); "(s)" is only the key.
                forms = dictionary.get("en_plurals", {}).get(source, [source, source]) if numerus else [source]
                set_translation(message, forms, numerus)
                continue
            wanted = contextual.get(source, dictionary.get("messages", {}).get(source))
            if wanted is None:
                if existing_translation(message) is None:
                    missing.append((name, source))
                    mark_unfinished(message)
                continue
            forms = wanted if isinstance(wanted, list) else [wanted]
            bad = [f for f in forms if placeholders(f) != placeholders(source)]
            if bad:
                mismatched.append((name, source, bad[0]))
                mark_unfinished(message)
                continue
            set_translation(message, forms, numerus)
    return tree, total, missing, mismatched


def write(tree, path):
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def find_lconvert(explicit):
    for candidate in (explicit, shutil.which("lconvert6"), "/usr/lib/qt6/bin/lconvert", shutil.which("lconvert")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ts-dir", default=HERE, help="folder holding teamlens_*.ts (default: beside this script)")
    parser.add_argument("--dictionary", default=os.path.join(HERE, "zh_CN.json"))
    parser.add_argument("--lconvert", help="lconvert used to rewrite the files in Qt's own layout")
    parser.add_argument("--check", action="store_true", help="report only; do not write the catalogues")
    args = parser.parse_args()

    with open(args.dictionary, encoding="utf-8") as f:
        dictionary = json.load(f)
    lconvert = find_lconvert(args.lconvert)

    incomplete = False
    for language, english in (("zh_CN", False), ("en", True)):
        path = os.path.join(args.ts_dir, f"teamlens_{language}.ts")
        if not os.path.exists(path):
            print(f"{path}: missing; run the update_translations target first", file=sys.stderr)
            return 2
        tree, total, missing, mismatched = fill(path, dictionary, english)
        if not args.check:
            write(tree, path)
            if lconvert:  # same layout as lupdate writes, so diffs stay small
                subprocess.run([lconvert, "-i", path, "-o", path], check=True)
        done = total - len(missing) - len(mismatched)
        print(f"{os.path.basename(path)}: {done} of {total} messages translated")
        for context, source, translation in mismatched:
            print(f"  placeholders differ in {context}: {source!r} -> {translation!r}", file=sys.stderr)
        if missing:
            print(f"  {len(missing)} untranslated; add to {os.path.basename(args.dictionary)}:", file=sys.stderr)
            snippet = {source: "" for _, source in missing}
            print(json.dumps(snippet, ensure_ascii=False, indent=4), file=sys.stderr)
            for context, source in missing:
                print(f"    [{context}] {source!r}", file=sys.stderr)
        incomplete = incomplete or bool(missing or mismatched)
    return 1 if incomplete else 0


if __name__ == "__main__":
    sys.exit(main())
