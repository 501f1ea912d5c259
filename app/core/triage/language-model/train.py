#!/usr/bin/env python3
"""Builds CareDesk's language model (resources/triage/language-model.bin) from word-frequency
lists: the words each language uses most, with their frequencies, and the letter triples of
its words, for words the lists do not hold.

    python3 train.py FREQUENCY_WORDS_CLONE OUTPUT [--words N] [--triples N]

FREQUENCY_WORDS_CLONE is a clone of hermitdave/FrequencyWords (word counts from OpenSubtitles,
content under CC BY-SA 4.0). Romanised Hindi ("hi-Latn"), which those lists do not hold, comes
from `hinglish.txt` beside this file, and words of online writing from `chat-words.txt`. The file format is read by app/core/triage/LanguageModel.cpp:

    "CDLM" u32 version, u32 languages, then per language: 8 bytes of code (ASCII, zero padded),
    f32 unknown-word log weight, f32 unknown-triple log probability;
    u32 words, then per entry sorted by key: u32 key, u8 language, u8 cost;
    u32 triples, then the same.

A key is FNV-1a (32 bits) over the UTF-16 code units of a lower-cased word, or of a triple
("^ab", "abc", "bc$"). A cost is -ln(p) in steps of 1/8, at most 255.
"""
import argparse
import collections
import math
import os
import struct
import sys

# Language code -> the list in the clone. Chinese and Japanese are scored a character at a time.
SOURCES = {
    'ar': '2018/ar/ar_50k.txt', 'hi-Latn': None, 'bg': '2018/bg/bg_50k.txt', 'ca': '2018/ca/ca_50k.txt',
    'cs': '2018/cs/cs_50k.txt', 'da': '2018/da/da_50k.txt', 'de': '2018/de/de_50k.txt',
    'el': '2018/el/el_50k.txt', 'en': '2018/en/en_50k.txt', 'es': '2018/es/es_50k.txt',
    'fi': '2018/fi/fi_50k.txt', 'fr': '2018/fr/fr_50k.txt', 'he': '2018/he/he_50k.txt',
    'hi': '2016/hi/hi_50k.txt', 'hu': '2018/hu/hu_50k.txt', 'id': '2018/id/id_50k.txt',
    'it': '2018/it/it_50k.txt', 'ja': '2016/ja/ja_50k.txt', 'ko': '2018/ko/ko_50k.txt',
    'nl': '2018/nl/nl_50k.txt', 'no': '2018/no/no_50k.txt', 'pl': '2018/pl/pl_50k.txt',
    'pt': '2018/pt/pt_50k.txt', 'ro': '2018/ro/ro_50k.txt', 'ru': '2018/ru/ru_50k.txt',
    'sv': '2018/sv/sv_50k.txt', 'th': '2018/th/th_50k.txt', 'tr': '2018/tr/tr_50k.txt',
    'uk': '2018/uk/uk_50k.txt', 'vi': '2018/vi/vi_50k.txt', 'zh': '2018/zh_cn/zh_cn_50k.txt',
}
CHARACTER_LANGUAGES = {'ja', 'zh'}
VERSION = 1
COST_STEP = 8.0


def key(text):
    h = 0x811C9DC5
    data = text.encode('utf-16-le')
    for i in range(0, len(data), 2):
        h ^= data[i] | (data[i + 1] << 8)
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def cost(log_p):
    return max(0, min(255, int(round(-log_p * COST_STEP))))


def is_word_char(c):
    return c.isalpha() or (0x0300 <= ord(c) <= 0x036F) or \
        (0x0900 <= ord(c) <= 0x097F) or (0x0E00 <= ord(c) <= 0x0E7F)


def tokens(entry, language):
    """The words of a list entry as the program splits them: runs of letters and marks."""
    entry = entry.lower()
    if language in CHARACTER_LANGUAGES:
        return [c for c in entry if is_word_char(c)]
    out, word = [], ''
    for c in entry:
        if is_word_char(c):
            word += c
        elif word:
            out.append(word)
            word = ''
    if word:
        out.append(word)
    return out


def read_counts(path, language):
    counts = collections.Counter()
    with open(path, encoding='utf-8', errors='replace') as f:
        for line in f:
            parts = line.rstrip('\n').rsplit(' ', 1)
            if len(parts) != 2 or not parts[1].isdigit():
                continue
            for token in tokens(parts[0], language):
                counts[token] += int(parts[1])
    return counts


def read_hinglish(path):
    """Romanised Hindi words, most frequent first: a Zipf-shaped count for each."""
    counts = collections.Counter()
    rank = 0
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.split('#', 1)[0].strip()
            for word in line.split():
                rank += 1
                counts[word.lower()] += int(1_000_000 / rank)
    return counts


def chat_words(path, language, counts):
    """Words of online writing, each as frequent as the language's 300th most frequent word
    (the first of its line) down to its 3,000th."""
    ranked = [c for _, c in counts.most_common(3000)]
    if not ranked:
        return []
    words = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.split('#', 1)[0].split()
            if line and line[0] == language:
                words += line[1:]
    top, bottom = ranked[min(299, len(ranked) - 1)], ranked[-1]
    return [(w, int(top - (top - bottom) * i / max(1, len(words)))) for i, w in enumerate(words)]


def triples_of(word):
    padded = '^' + word + '$'
    return [padded[i:i + 3] for i in range(len(padded) - 2)] if len(padded) >= 3 else []


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('clone')
    parser.add_argument('output')
    parser.add_argument('--words', type=int, default=12000)
    parser.add_argument('--triples', type=int, default=3000)
    args = parser.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))

    languages = sorted(SOURCES)
    word_entries, triple_entries, floors, triple_counts = [], [], [], []
    for index, language in enumerate(languages):
        if SOURCES[language]:
            counts = read_counts(os.path.join(args.clone, 'content', SOURCES[language]), language)
        else:
            # Hindi in Latin letters (Hinglish), written online far more often than in
            # Devanagari, must never read as English. The program reports it as "hi".
            counts = read_hinglish(os.path.join(here, 'hinglish.txt'))
        for word, count in chat_words(os.path.join(here, 'chat-words.txt'), language, counts):
            counts[word] = max(counts[word], count)
        total = sum(counts.values())
        kept = counts.most_common(args.words)
        kept_mass = sum(c for _, c in kept) / total
        for word, count in kept:
            word_entries.append((key(word), index, cost(math.log(count / total))))
        # Letter triples weigh each word by the square root of its count: the shapes of many
        # words, not the few most frequent ones.
        triples = collections.Counter()
        for word, count in counts.items():
            for t in triples_of(word):
                triples[t] += math.sqrt(count)
        triple_total = sum(triples.values())
        top = triples.most_common(args.triples)
        smallest = top[-1][1] / triple_total if top else 1e-6
        for t, weight in top:
            triple_entries.append((key(t), index, cost(math.log(weight / triple_total))))
        # A list that holds (nearly) all its language's words still meets new ones.
        floors.append((math.log(max(0.02, 1.0 - kept_mass)), math.log(smallest / 2)))
        triple_counts.append(len(top))
        print(f'{language}: {len(kept)} words ({kept_mass:.1%} of running text), '
              f'{len(top)} triples', file=sys.stderr)

    # A language with few words (Hinglish) has few triples, each of them likely: its floor for
    # a triple it never saw would then be milder than any other language's, and every unknown
    # word would lean to it. It gets the usual floor instead.
    full = sorted(f[1] for f, n in zip(floors, triple_counts) if n >= args.triples)
    usual = full[len(full) // 2]
    floors = [(w, min(t, usual) if n < args.triples else t)
              for (w, t), n in zip(floors, triple_counts)]

    with open(args.output, 'wb') as out:
        out.write(b'CDLM' + struct.pack('<II', VERSION, len(languages)))
        for language, (unknown_word, unknown_triple) in zip(languages, floors):
            out.write(language.encode('ascii').ljust(8, b'\0'))
            out.write(struct.pack('<ff', unknown_word, unknown_triple))
        for entries in (word_entries, triple_entries):
            entries.sort()
            out.write(struct.pack('<I', len(entries)))
            for k, language, c in entries:
                out.write(struct.pack('<IBB', k, language, c))


if __name__ == '__main__':
    main()
