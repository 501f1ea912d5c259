#!/usr/bin/env python3
"""Brings twitter-text's data into CareDesk: the TLD lists and the emoji table this folder holds,
and the conformance cases tests/fixtures/twitter-text holds, from a clone of
https://github.com/twitter/twitter-text at a release tag.

    import.py TWITTER_TEXT_CLONE [TAG]        (TAG defaults to v3.1.0; needs PyYAML)

The emoji table is twitter-text's generated regular expression (the same in its Java, Ruby and
Objective-C sources) written out as the list of sequences it matches, in the order a regular
expression engine tries them."""

import json
import re
import subprocess
import sys
from pathlib import Path

import yaml

try:  # Python 3.11 moved the parser
    import re._constants as sre
    import re._parser as sre_parse
except ImportError:  # pragma: no cover
    import sre_constants as sre
    import sre_parse

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
FIXTURES = ROOT / 'tests' / 'fixtures' / 'twitter-text'
NOT_BEFORE_TEXT_STYLE = '\0'  # marks the negative look-ahead (?!\uFE0E)


def show(clone, tag, path):
    return subprocess.run(['git', '-C', clone, 'show', f'{tag}:{path}'], check=True,
                          capture_output=True).stdout.decode('utf-8')


def source(clone, tag, path):
    commit = subprocess.run(['git', '-C', clone, 'rev-list', '-n1', tag], check=True,
                            capture_output=True, text=True).stdout.strip()
    return f'twitter/twitter-text {tag} ({commit}):{path}'


# --- the emoji regular expression as a list of sequences -----------------------------------

def sequences_of(items):
    results = ['']
    for op, av in items:
        alternatives = sequences_of_node(op, av)
        results = [r + a for r in results for a in alternatives]
    return results


def sequences_of_node(op, av):
    if op is sre.LITERAL:
        return [chr(av)]
    if op is sre.IN:
        chars = []
        for kind, value in av:
            if kind is sre.LITERAL:
                chars.append(chr(value))
            elif kind is sre.RANGE:
                chars.extend(chr(c) for c in range(value[0], value[1] + 1))
            else:
                raise ValueError(f'unexpected class item {kind}')
        return chars
    if op is sre.SUBPATTERN:
        return sequences_of(av[-1])
    if op is sre.BRANCH:
        return [s for branch in av[1] for s in sequences_of(branch)]
    if op is sre.MAX_REPEAT:  # greedy: more repetitions are tried first
        low, high, sub = av
        if high is sre.MAXREPEAT:
            raise ValueError('unbounded repetition')
        once = sequences_of(sub)
        out = []
        for count in range(high, low - 1, -1):
            current = ['']
            for _ in range(count):
                current = [c + s for c in current for s in once]
            out.extend(current)
        return out
    if op is sre.ASSERT_NOT and av[0] == 1 and sequences_of(av[1]) == ['\ufe0e']:
        return [NOT_BEFORE_TEXT_STYLE]
    raise ValueError(f'unexpected regular expression element {op}')


def emoji_sequences(ruby_source):
    body = ruby_source[ruby_source.index('%r{') + 3:ruby_source.index('}iox')]
    body = re.sub(r'\s+', '', body)
    body = re.sub(r'\\u\{([0-9a-fA-F]+)\}', lambda m: chr(int(m.group(1), 16)), body)
    body = re.sub(r'\\u([0-9a-fA-F]{4})', lambda m: chr(int(m.group(1), 16)), body)
    out = []
    for s in sequences_of(sre_parse.parse(body)):
        # Inside a sequence the look-ahead always holds: what follows it is not U+FE0E.
        if NOT_BEFORE_TEXT_STYLE + '\ufe0e' in s:
            raise ValueError('a look-ahead that cannot hold')
        s = s[:-1].replace(NOT_BEFORE_TEXT_STYLE, '') + s[-1:]
        out.append((s.rstrip(NOT_BEFORE_TEXT_STYLE), s.endswith(NOT_BEFORE_TEXT_STYLE)))
    return out


def check_longest_first(sequences):
    """The matcher takes the longest listed sequence; that is the engine's choice only if no
    sequence is listed after one of its own prefixes."""
    rank = {}
    for i, (text, _) in enumerate(sequences):
        if text in rank:
            raise ValueError(f'listed twice: {text!r}')
        rank[text] = i
    for text, i in rank.items():
        for k in range(1, len(text)):
            if rank.get(text[:k], len(sequences)) < i:
                raise ValueError(f'{text[:k]!r} is tried before {text!r}')


def write_emoji(sequences, origin):
    lines = [
        '# The emoji sequences X counts as one character: twitter-text\'s emoji table.',
        f'# From {origin}, the regular expression written out',
        '# as the sequences it matches (Apache License 2.0, see LICENSE). One sequence a line,',
        '# code points in hex; "-FE0E" at the end: not when U+FE0E (text style) follows.',
    ]
    for text, not_before_text_style in sequences:
        line = ' '.join(f'{ord(c):X}' for c in text)
        lines.append(line + (' -FE0E' if not_before_text_style else ''))
    (HERE / 'emoji-sequences.txt').write_text('\n'.join(lines) + '\n', encoding='utf-8')


# --- top-level domains ----------------------------------------------------------------------

def check_tld_order(country, generic):
    """The link finder takes the longest listed domain; the library's expression tries generic
    ones first, each list in its order. Both agree only if no domain comes before a longer one
    that starts with it."""
    ordered = generic + country
    for i, shorter in enumerate(ordered):
        for longer in ordered[i + 1:]:
            if longer != shorter and longer.startswith(shorter):
                raise ValueError(f'{shorter} is tried before {longer}')


def write_tlds(name, tlds, origin):
    header = [f'# The {name} top-level domains twitter-text links, in its order.',
              f'# From {origin} (Apache License 2.0, see LICENSE).']
    (HERE / f'tlds-{name}.txt').write_text('\n'.join(header + tlds) + '\n', encoding='utf-8')


# --- conformance cases as JSON ----------------------------------------------------------------

def write_fixture(name, data, origin, note):
    document = {'_source': f'{origin} converted YAML->JSON unchanged (Apache-2.0, see LICENSE). '
                           + note,
                'tests': data['tests']}
    text = json.dumps(document, indent=2, ensure_ascii=False) + '\n'
    (FIXTURES / name).write_text(text, encoding='utf-8')


def main():
    clone = sys.argv[1]
    tag = sys.argv[2] if len(sys.argv) > 2 else 'v3.1.0'

    ruby = 'rb/lib/twitter-text/emoji_regex.rb'
    sequences = emoji_sequences(show(clone, tag, ruby))
    check_longest_first(sequences)
    write_emoji(sequences, source(clone, tag, ruby))

    tld_path = 'conformance/tld_lib.yml'
    tlds = yaml.safe_load(show(clone, tag, tld_path))
    check_tld_order(tlds['country'], tlds['generic'])
    write_tlds('country', tlds['country'], source(clone, tag, tld_path))
    write_tlds('generic', tlds['generic'], source(clone, tag, tld_path))

    for version in (1, 2, 3):
        (FIXTURES / f'config-v{version}.json').write_text(
            show(clone, tag, f'config/v{version}.json'), encoding='utf-8')
    validate = 'conformance/validate.yml'
    write_fixture('validate.json', yaml.safe_load(show(clone, tag, validate)),
                  source(clone, tag, validate),
                  'tweets runs with config v1, WeightedTweetsCounterTest with v2, '
                  'WeightedTweetsWithDiscountedEmojiCounterTest and '
                  'UnicodeDirectionalMarkerCounterTest with v3. Indices are UTF-16 code units.')
    extract = 'conformance/extract.yml'
    links = yaml.safe_load(show(clone, tag, extract))
    links['tests'] = {k: v for k, v in links['tests'].items() if k.startswith(('urls', 'tco_urls'))}
    write_fixture('extract-urls.json', links, source(clone, tag, extract),
                  'Only the groups about links. No text has a character beyond the BMP: '
                  'its indices are UTF-16 units and code points alike.')
    tlds_cases = 'conformance/tlds.yml'
    write_fixture('tlds.json', yaml.safe_load(show(clone, tag, tlds_cases)),
                  source(clone, tag, tlds_cases), 'One link for every listed domain.')


if __name__ == '__main__':
    main()
