#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# The interface is written in English, so the English catalogue repeats each source text.
# Run after `update_translations`: python3 translations/complete_en.py translations/gongwen_en.ts
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1]
tree = ET.parse(path)
for message in tree.getroot().iter('message'):
    source = message.find('source').text or ''
    translation = message.find('translation')
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop('type', None)
    if message.get('numerus') == 'yes':
        translation.text = None
        ET.SubElement(translation, 'numerusform').text = source.replace('(s)', '')
        ET.SubElement(translation, 'numerusform').text = source.replace('(s)', 's')
    else:
        translation.text = source
tree.write(path, encoding='utf-8', xml_declaration=True)
text = open(path, encoding='utf-8').read()
if '<!DOCTYPE TS>' not in text:
    text = text.replace('?>\n', '?>\n<!DOCTYPE TS>\n', 1)
open(path, 'w', encoding='utf-8').write(text)
