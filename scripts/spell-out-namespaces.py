#!/usr/bin/env python3
"""Copies C++ sources, spelling out C++17 nested namespace definitions for lupdate's parser:
`namespace godwit::ui {` ... `}` becomes `namespace godwit { namespace ui {` ... `}}`.

    spell-out-namespaces.py SOURCE_ROOT DEST_ROOT FILE...
"""
import os
import re
import sys

OPEN = re.compile(r'namespace\s+([A-Za-z_]\w*(?:::[A-Za-z_]\w*)+)\s*\{')


def spell_out(text):
    out = []
    stack = []  # for each open brace: how many braces its closer must emit
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if text.startswith('//', i):
            j = text.find('\n', i)
            j = n if j < 0 else j
            out.append(text[i:j])
            i = j
            continue
        if text.startswith('/*', i):
            j = text.find('*/', i + 2)
            j = n if j < 0 else j + 2
            out.append(text[i:j])
            i = j
            continue
        if c == '"' or c == "'":
            # raw strings are rare in these sources; R"( ... )" handled as a whole
            if c == '"' and i > 0 and text[i - 1] == 'R':
                m = re.match(r'"([^(\s]*)\(', text[i:])
                if m:
                    end = text.find(')' + m.group(1) + '"', i)
                    end = n if end < 0 else end + len(m.group(1)) + 2
                    out.append(text[i:end])
                    i = end
                    continue
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == '\\' else 1
            out.append(text[i:j + 1])
            i = j + 1
            continue
        m = OPEN.match(text, i) if c == 'n' and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == '_')) else None
        if m:
            parts = m.group(1).split('::')
            out.append(' '.join('namespace %s {' % p for p in parts))
            stack.append(len(parts))
            i = m.end()
            continue
        if c == '{':
            stack.append(1)
        elif c == '}':
            count = stack.pop() if stack else 1
            out.append('}' * count)
            i += 1
            continue
        out.append(c)
        i += 1
    return ''.join(out)


def main():
    src, dest = sys.argv[1], sys.argv[2]
    for f in sys.argv[3:]:
        with open(os.path.join(src, f), encoding='utf-8') as fh:
            text = fh.read()
        target = os.path.join(dest, f)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, 'w', encoding='utf-8') as fh:
            fh.write(spell_out(text))


if __name__ == '__main__':
    main()
