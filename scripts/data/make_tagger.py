#!/usr/bin/env python3
"""Trains claimq's part-of-speech tagger on Universal Dependencies English EWT and
writes it as Sources/ClaimExtraction/Generated/TaggerModel.swift.

    python3 scripts/data/make_tagger.py [--ud ../shared/data/ud-english-ewt]

The tagger is a bigram hidden Markov model over the 17 universal tags (UPOS),
decoded with Viterbi (PartOfSpeech.swift runs the same model):
- P(tag | previous tag): counts from `train`, add-one smoothed;
- P(word | tag) for words seen in `train`: their counts as written (a capitalised
  word seen only in lower case takes those: "The"), and a tenth of a count shared
  among the tags it was never seen with as words seen once share their tags (so a
  noun seen once, "Attendance" at a sentence's start, is no interjection);
- for other words, P(tag | last three letters) from the words seen once in
  `train`, with separate tables for capitalised words, figures and hyphenated
  words, smoothed with half a count shared as those words share their tags, and
  turned into P(word | tag) by Bayes' rule; never X (other), which runs of
  unknown ordinary words were read as.
Settings were chosen on `dev`; the script prints accuracy on `dev` and `test`.
Standard library only. Licence of the generated model: CC BY-SA 4.0, as EWT's
annotations ("Universal Dependencies English Web Treebank © 2013-2021 The Board
of Trustees of The Leland Stanford Junior University").
"""
import argparse
import collections
import math
import os

TAGS = ["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
        "SCONJ", "SYM", "VERB", "X"]
START = len(TAGS)   # the tag before a sentence's first word
UNSEEN = 0.1   # the count a known word's unseen tags share (chosen on dev)
UNKNOWN = 0.5   # the count an unknown word's ending table is smoothed with (chosen on dev)
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Sources", "ClaimExtraction", "Generated", "TaggerModel.swift")


def read(path):
    sentences, words = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if words:
                    sentences.append(words)
                words = []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if not cols[0].isdigit():   # multiword tokens (1-2) and empty nodes (1.1)
                continue
            words.append((cols[1], cols[3]))
    if words:
        sentences.append(words)
    return sentences


def shape(word):
    """Which unknown-word table a word uses (PartOfSpeech.swift decides the same way)."""
    if any(c.isdigit() for c in word):
        return "d"
    if "-" in word:
        return "h"
    if word[0].isupper():
        return "c"
    return "l"


def suffix(word):
    return shape(word) + word[-3:].lower()


class Model:
    def __init__(self, train):
        self.transitions = [[1] * len(TAGS) for _ in range(len(TAGS) + 1)]
        self.emissions = collections.defaultdict(collections.Counter)
        self.tag_counts = collections.Counter()
        for sentence in train:
            previous = START
            for word, tag in sentence:
                t = TAGS.index(tag)
                self.transitions[previous][t] += 1
                self.emissions[word][t] += 1
                self.tag_counts[t] += 1
                previous = t
        # Unknown words: the tags of words seen once, by shape and last letters.
        once = {w for w, c in self.emissions.items() if sum(c.values()) == 1}
        self.once = once
        self.suffixes = collections.defaultdict(collections.Counter)
        self.shapes = collections.defaultdict(collections.Counter)
        for sentence in train:
            for word, tag in sentence:
                if word in once:
                    self.suffixes[suffix(word)][TAGS.index(tag)] += 1
                    self.shapes[shape(word)][TAGS.index(tag)] += 1
        # A known word's unseen tags share a tenth of a count as words seen once share
        # their tags: a rare noun may be a verb, hardly an interjection.
        once_tags = collections.Counter()
        for table in self.shapes.values():
            once_tags.update(table)
        self.once_share = [once_tags[t] / sum(once_tags.values()) for t in range(len(TAGS))]
        self.unseen = [UNSEEN * share for share in self.once_share]

    def counts(self, word):
        """A word's counts as written; a capitalised word not seen so takes its lower case's."""
        counts = self.emissions.get(word)
        if counts is None and word[:1].isupper():
            counts = self.emissions.get(word.lower())
        return counts

    def log_emission(self, word, t):
        counts = self.counts(word)
        if counts:
            return math.log((counts[t] + self.unseen[t]) / (self.tag_counts[t] + UNSEEN))
        if t == TAGS.index("X"):
            # A word not seen in training is not "other" (X: foreign words and typos in EWT);
            # PartOfSpeech.swift leaves X out of such a word's candidates the same way.
            return -1e9
        table = self.suffixes.get(suffix(word))
        if not table or sum(table.values()) < 3:
            table = self.shapes[shape(word)]
        # (Smoothed as words seen once share their tags, not evenly: an even share, divided
        # by a rare tag's small prior, made unknown words interjections: "Ridership fell".)
        p_tag = (table[t] + UNKNOWN * self.once_share[t]) / (sum(table.values()) + UNKNOWN)
        return math.log(p_tag / (self.tag_counts[t] / sum(self.tag_counts.values())))

    def log_transition(self, previous, t):
        row = self.transitions[previous]
        return math.log(row[t] / sum(row))

    def tag(self, words):
        n = len(TAGS)
        scores = [self.log_transition(START, t) + self.log_emission(words[0], t) for t in range(n)]
        back = []
        for word in words[1:]:
            e = [self.log_emission(word, t) for t in range(n)]
            step, new = [], []
            for t in range(n):
                best = max(range(n), key=lambda p: scores[p] + self.log_transition(p, t))
                step.append(best)
                new.append(scores[best] + self.log_transition(best, t) + e[t])
            back.append(step)
            scores = new
        t = max(range(n), key=lambda k: scores[k])
        tags = [t]
        for step in reversed(back):
            t = step[t]
            tags.append(t)
        return [TAGS[t] for t in reversed(tags)]


def accuracy(model, sentences):
    right = total = 0
    for sentence in sentences:
        words = [w for w, _ in sentence]
        for got, (_, want) in zip(model.tag(words), sentence):
            right += got == want
            total += 1
    return right / total


def swift_table(name, doc, rows):
    lines = [f"    /// {doc}", f'    static let {name} = """']
    lines += rows
    lines.append('"""')
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ud", default=os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "data", "ud-english-ewt"))
    args = ap.parse_args()
    if not os.path.isdir(args.ud):
        raise SystemExit(f"make_tagger: no UD English EWT at {args.ud} (give --ud DIR)")
    train = read(os.path.join(args.ud, "en_ewt-ud-train.conllu"))
    dev = read(os.path.join(args.ud, "en_ewt-ud-dev.conllu"))
    test = read(os.path.join(args.ud, "en_ewt-ud-test.conllu"))
    model = Model(train)
    dev_accuracy, test_accuracy = accuracy(model, dev), accuracy(model, test)
    print(f"make_tagger: {len(model.emissions)} words; accuracy dev {dev_accuracy:.1%}, test {test_accuracy:.1%}")

    def counts(counter):
        return " ".join(f"{t}:{c}" for t, c in sorted(counter.items()))

    words = [f"{w}\t{counts(c)}" for w, c in sorted(model.emissions.items()) if "\\" not in w and '"""' not in w]
    suffixes = [f"{s}\t{counts(c)}" for s, c in sorted(model.suffixes.items()) if "\\" not in s and '"' not in s]
    shapes = [f"{s}\t{counts(c)}" for s, c in sorted(model.shapes.items())]
    transitions = [" ".join(str(c) for c in row) for row in model.transitions]
    tag_counts = [" ".join(str(model.tag_counts[t]) for t in range(len(TAGS)))]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("// Generated by scripts/data/make_tagger.py; do not edit.\n")
        out.write("// A bigram HMM part-of-speech tagger trained on Universal Dependencies English EWT\n")
        out.write("// v2.15, train split. Licence: CC BY-SA 4.0, \"Universal Dependencies English Web\n")
        out.write("// Treebank © 2013-2021 The Board of Trustees of The Leland Stanford Junior University\".\n")
        out.write(f"// Accuracy (UPOS, by the script's Python twin): dev {dev_accuracy:.1%}, test {test_accuracy:.1%}.\n\n")
        out.write("enum TaggerModel {\n")
        out.write(f"    static let tags = {TAGS!r}\n".replace("'", '"'))
        out.write(swift_table("words", "Lower-cased word, then TAG:COUNT pairs (tags by index).", words) + "\n\n")
        out.write(swift_table("suffixes", "Shape letter (d figure, h hyphen, c capital, l lower) and last three letters of words seen once, then TAG:COUNT.", suffixes) + "\n\n")
        out.write(swift_table("shapes", "Shape letter, then TAG:COUNT over words seen once.", shapes) + "\n\n")
        out.write(swift_table("transitions", "Row p (the previous tag; the last row is the sentence start): counts of each next tag, add-one.", transitions) + "\n\n")
        out.write(swift_table("tagCounts", "How often each tag occurs.", tag_counts) + "\n")
        out.write("}\n")
    print(f"make_tagger: wrote {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
