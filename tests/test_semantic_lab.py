"""bench/semantic_lab.py: the archive's terms read, vectors trained, similarity features."""

from __future__ import annotations

import importlib.util
import math
import pickle
import sys
from pathlib import Path

import numpy as np
import pytest
from gensim.models import KeyedVectors
from helpers import ROOT


def _load_module():
    spec = importlib.util.spec_from_file_location(
        "semantic_lab", ROOT / "bench" / "semantic_lab.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["semantic_lab"] = module
    spec.loader.exec_module(module)
    return module


lab = _load_module()

# Unit vectors in a plane: suizid and selbsttot close (cos 0.8), wahl orthogonal to both
# nearly; statist in between.
VECTORS = {
    "suizid": [1.0, 0.0, 0.0],
    "selbsttot": [0.8, 0.6, 0.0],
    "wahl": [0.0, 0.0, 1.0],
    "statist": [0.6, 0.0, 0.8],
}
TEXTS = {
    "a": ["suizid", "statist", "suizid"],
    "b": ["wahl", "wahl", "statist"],
    "c": ["wahl"],
    "d": ["wahl"],
    "e": ["wahl"],
}


def _space():
    kv = KeyedVectors(vector_size=3)
    kv.add_vectors(list(VECTORS), np.array(list(VECTORS.values()), dtype=np.float32))
    return lab.Space(kv, TEXTS)


@pytest.mark.parametrize(
    ("qs", "doc", "k", "expected"),
    [
        # The question's selbsttot is missing from a; its nearest held term is suizid.
        (["selbsttot"], "a", 3, 0.8),
        (["selbsttot"], "a", None, 0.8),
        # Held terms count nothing (coverage counts them); only the missing share.
        (["suizid"], "a", 3, 0.0),
        # b holds statist (cos 0.48 with selbsttot) and wahl (0).
        (["selbsttot"], "b", None, 0.48),
        # Among selbsttot's single nearest term (suizid), b holds none.
        (["selbsttot"], "b", 1, 0.0),
    ],
)
def test_soft_match_weighs_missing_terms_by_their_best_cosine(qs, doc, k, expected) -> None:
    assert math.isclose(lab.soft_match(_space(), qs, doc, k), expected, abs_tol=1e-6)


def test_soft_match_is_a_share_of_the_questions_idf() -> None:
    space = _space()
    got = lab.soft_match(space, ["selbsttot", "suizid"], "a", None)
    idf = space.idf("selbsttot"), space.idf("suizid")
    assert math.isclose(got, 0.8 * idf[0] / sum(idf), abs_tol=1e-6)


def test_embedding_features_prefer_the_article_on_the_questions_subject() -> None:
    space = _space()
    on = lab.embedding_features(space, ["selbsttot"], "a", 2)
    off = lab.embedding_features(space, ["selbsttot"], "c", 2)
    for name in ("emb_lead", "emb_doc", "emb_win"):
        assert on[name] > 0.5 > off[name]
    # A window as long as the article is the article.
    whole = lab.embedding_features(space, ["selbsttot"], "a", 3)
    assert math.isclose(whole["emb_win"], whole["emb_doc"], abs_tol=1e-6)


def test_question_terms_leave_out_words_most_articles_hold() -> None:
    space = _space()
    # "Wahl" is in four of the five articles: a function word of this archive.
    assert lab.question_terms(space, "Selbsttötungen vor der Wahl?") == ["selbsttot"]


def test_add_features_fills_only_the_reranked_top() -> None:
    space = _space()
    cands = [{"id": "a", "f": {}} for _ in range(lab.RERANKED + 2)]
    record = {"query": "Selbsttötungen", "cands": cands}
    lab.add_features(space, record, ["soft", "emb_lead"], 3)
    assert cands[0]["f"]["soft"] > 0 and cands[0]["f"]["emb_lead"] > 0
    assert cands[-1]["f"]["soft"] == 0.0 and cands[-1]["f"]["emb_lead"] == 0.0


def test_corpus_and_train_read_an_index_and_learn_its_terms(
    demo_index: Path, tmp_path: Path
) -> None:
    texts = tmp_path / "texts.pkl"
    lab.corpus(str(demo_index), str(texts))
    with open(texts, "rb") as f:
        data = pickle.load(f)
    assert data and all(isinstance(t, str) for terms in data.values() for t in terms)
    # The index's own (stemmed, folded) terms: what the query side analyses a question into.
    assert any("nordkorea" in terms for terms in data.values())
    out = tmp_path / "vectors.kv"
    lab.train(str(texts), str(out), "word2vec", 8, 1, 3)
    vectors = KeyedVectors.load(str(out))
    assert "nordkorea" in vectors.key_to_index
    assert vectors.vector_size == 8


# For subst: selbsttot is written by other articles than suizid (a stand-in), statist by
# the same ones (a word of its stories), suizidversuch holds suizid (the index's compound).
SUBST_VECTORS = {
    "suizid": [1.0, 0.0, 0.0],
    "selbsttot": [0.8, 0.6, 0.0],
    "statist": [0.6, 0.0, 0.8],
    "suizidversuch": [0.95, 0.0, 0.3122499],
}
SUBST_TEXTS = {
    "a": ["suizid", "statist"],
    "b": ["selbsttot"],
    "c": ["statist", "suizid"],
    "d": ["statist"],
    "f": ["suizidversuch"],
}


def _subst_space():
    kv = KeyedVectors(vector_size=3)
    kv.add_vectors(list(SUBST_VECTORS), np.array(list(SUBST_VECTORS.values()), dtype=np.float32))
    return lab.Space(kv, SUBST_TEXTS)


@pytest.mark.parametrize(
    ("doc", "most", "expected"),
    [
        # b lacks suizid and holds selbsttot, written by none of suizid's articles.
        ("b", 0.2, 0.8),
        # d holds statist, which both of suizid's articles hold too: a story's word.
        ("d", 0.2, 0.0),
        # Without the filter statist counts as soft_match counts it.
        ("d", 1.0, 0.6),
        # suizidversuch holds suizid: the index matches the compound's part already.
        ("f", 1.0, 0.0),
        # An article holding suizid itself lacks nothing.
        ("a", 0.2, 0.0),
    ],
)
def test_subst_match_counts_only_terms_written_in_other_articles(doc, most, expected) -> None:
    got = lab.subst_match(_subst_space(), ["suizid"], doc, 3, most)
    assert math.isclose(got, expected, abs_tol=1e-5)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [("suizid", "statist", 1.0), ("suizid", "selbsttot", 0.0), ("statist", "selbsttot", 0.0)],
)
def test_shared_is_the_share_of_the_rarer_terms_articles(a, b, expected) -> None:
    assert _subst_space().shared(a, b) == expected
