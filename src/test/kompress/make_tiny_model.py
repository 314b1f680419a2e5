#!/usr/bin/python3
"""Writes the tiny Kompress test model: model.onnx, tokenizer.json and config.json.

The files are checked in under src/test/resources/kompress-tiny/ so neither CI nor developers
need Python; rerun this only to change the fixture. It uses Debian's packages, nothing from pip:

    apt-get install -y python3-onnx python3-numpy
    /usr/bin/python3 src/test/kompress/make_tiny_model.py src/test/resources/kompress-tiny

The graph mimics an exported token classifier: inputs input_ids and attention_mask
([batch, seq] int64), output logits ([batch, seq, 2] float, label 0 = drop, 1 = keep).
Logits = (h + mean(h)) @ W + b, masked by attention_mask, where h = Gather(embedding, input_ids)
and mean(h) is the average of h over the window's unmasked positions: a token's score depends on
its id and, a little, on the rest of its window (as attention makes it in a real model), and
padding stays invisible only when the attention mask is honoured. A seeded table is nudged so function words lean to "drop" and content
words to "keep", which makes the test output read like real compression. Everything is
deterministic: same script, same bytes.
"""
import json
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]"]

FUNCTION_WORDS = """the a an of to in on at for with by from as and or but if then so that this these those
it its is are was were be been being has have had do does did will would can could should may might
must shall not no very just also there here which who whom whose what when where why how all any
each every some such than too more most much many few other another into onto over under about
after before between through during while because although though however thus therefore i we you
he she they them their our your his her my me us him up down out off again once only own same""".split()

CONTENT_WORDS = """system server service request response error errors failure failed fails timeout
retry retries database query table index cache memory disk network latency throughput cluster node
nodes pod pods container deployment release version update upgrade config configuration setting
settings file files path directory user users customer customers account accounts payment payments
invoice order orders product products team teams project projects issue issues bug bugs fix fixed
test tests build builds pipeline job jobs queue queues message messages event events log logs
metric metrics alert alerts incident incidents outage root cause impact mitigation rollback
deploy deployed restart restarted migration schema connection connections pool thread threads
lock locks deadlock token tokens key keys secret secrets certificate expired expiry region
regions zone zones traffic load balancer gateway proxy api endpoint endpoints client clients
model models data report reports analysis result results performance slow fast increase
decrease spike drop peak average percent hours minutes seconds day days week weeks month
monday tuesday wednesday thursday friday morning afternoon evening night engineer engineers
manager owner review reviewed approved plan plans next step steps action actions item items
summary detail details document documents note notes change changes decision decisions meeting
customer support ticket tickets priority high low critical severity security risk risks
storage backup backups restore recovery primary replica replicas write writes read reads
memory cpu usage limit limits quota budget cost costs saving savings feature features flag
flags experiment rollout percent users traffic monitoring dashboard graph trace traces span
library dependency dependencies package packages language java python rust go code function
method class interface field value values number numbers string strings list lists map
started stopped running ran found saw noticed observed confirmed identified caused resolved
investigated added removed changed moved kept dropped reduced increased improved broke
""".split()

PIECES = list("abcdefghijklmnopqrstuvwxyz0123456789") + ["##" + c for c in "abcdefghijklmnopqrstuvwxyz0123456789"]
SUFFIXES = ["##s", "##ed", "##ing", "##ly", "##er", "##ers", "##tion", "##ment"]
PUNCT = list(".,;:!?()[]{}'\"-/_=+*&%$#@<>|\\`~^")

DIM = 8


def vocabulary():
    seen = []
    for word in SPECIALS + FUNCTION_WORDS + CONTENT_WORDS + PIECES + SUFFIXES + PUNCT:
        if word not in seen:
            seen.append(word)
    return {word: i for i, word in enumerate(seen)}


def tokenizer_json(vocab):
    special = [{"id": vocab[s], "content": s, "single_word": False, "lstrip": False, "rstrip": False,
                "normalized": False, "special": True} for s in SPECIALS]
    return {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": special,
        "normalizer": {"type": "BertNormalizer", "clean_text": True, "handle_chinese_chars": True,
                       "strip_accents": None, "lowercase": True},
        "pre_tokenizer": {"type": "BertPreTokenizer"},
        "post_processor": {
            "type": "TemplateProcessing",
            "single": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                       {"SpecialToken": {"id": "[SEP]", "type_id": 0}}],
            "pair": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                     {"SpecialToken": {"id": "[SEP]", "type_id": 0}}, {"Sequence": {"id": "B", "type_id": 1}},
                     {"SpecialToken": {"id": "[SEP]", "type_id": 1}}],
            "special_tokens": {s: {"id": s, "ids": [vocab[s]], "tokens": [s]} for s in ["[CLS]", "[SEP]"]},
        },
        "decoder": {"type": "WordPiece", "prefix": "##", "cleanup": True},
        "model": {"type": "WordPiece", "unk_token": "[UNK]", "continuing_subword_prefix": "##",
                  "max_input_chars_per_word": 100, "vocab": vocab},
    }


def weights(vocab):
    rng = np.random.default_rng(20240611)
    table = rng.normal(0.0, 1.0, size=(len(vocab), DIM)).astype(np.float32)
    w = rng.normal(0.0, 0.5, size=(DIM, 2)).astype(np.float32)
    # Feature 0 is a "content" direction: +2 pushes keep, -2 pushes drop.
    w[0] = [-1.0, 1.0]
    function_words = set(FUNCTION_WORDS)
    content_words = set(CONTENT_WORDS)
    for word, i in vocab.items():
        if word in function_words:
            table[i, 0] = -2.0
        elif word in content_words:
            table[i, 0] = 2.0
    bias = np.array([0.0, 0.0], dtype=np.float32)
    return table, w, bias


def graph(vocab):
    table, w, bias = weights(vocab)
    nodes = [
        helper.make_node("Gather", ["embedding", "input_ids"], ["token_hidden"], axis=0),
        helper.make_node("Cast", ["attention_mask"], ["mask_f"], to=TensorProto.FLOAT),
        helper.make_node("Unsqueeze", ["mask_f", "last_axis"], ["mask_3d"]),
        # Masked mean over the sequence: the window's context, blind to padding.
        helper.make_node("Mul", ["token_hidden", "mask_3d"], ["masked_hidden"]),
        helper.make_node("ReduceSum", ["masked_hidden", "sequence_axis"], ["hidden_sum"], keepdims=1),
        helper.make_node("ReduceSum", ["mask_3d", "sequence_axis"], ["mask_count"], keepdims=1),
        helper.make_node("Max", ["mask_count", "one"], ["mask_count_safe"]),
        helper.make_node("Div", ["hidden_sum", "mask_count_safe"], ["window_context"]),
        helper.make_node("Add", ["token_hidden", "window_context"], ["hidden"]),
        helper.make_node("MatMul", ["hidden", "classifier_w"], ["projected"]),
        helper.make_node("Add", ["projected", "classifier_b"], ["raw_logits"]),
        helper.make_node("Mul", ["raw_logits", "mask_3d"], ["logits"]),
    ]
    inits = [
        numpy_helper.from_array(table, "embedding"),
        numpy_helper.from_array(w, "classifier_w"),
        numpy_helper.from_array(bias, "classifier_b"),
        numpy_helper.from_array(np.array([-1], dtype=np.int64), "last_axis"),
        numpy_helper.from_array(np.array([1], dtype=np.int64), "sequence_axis"),
        numpy_helper.from_array(np.array(1.0, dtype=np.float32), "one"),
    ]
    inputs = [helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "sequence"]),
              helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "sequence"])]
    outputs = [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", "sequence", 2])]
    g = helper.make_graph(nodes, "kompress_tiny", inputs, outputs, inits)
    model = helper.make_model(g, producer_name="headroom-make-tiny-model", opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    return model


def main(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    vocab = vocabulary()
    with open(os.path.join(out_dir, "model.onnx"), "wb") as f:
        f.write(graph(vocab).SerializeToString())
    with open(os.path.join(out_dir, "tokenizer.json"), "w", encoding="utf-8") as f:
        json.dump(tokenizer_json(vocab), f, indent=1, sort_keys=False)
        f.write("\n")
    config = {"architectures": ["ModernBertForTokenClassification"], "model_type": "modernbert",
              "id2label": {"0": "drop", "1": "keep"}, "label2id": {"drop": 0, "keep": 1},
              "max_position_embeddings": 512}
    with open(os.path.join(out_dir, "config.json"), "w", encoding="utf-8") as f:
        json.dump(config, f, indent=1)
        f.write("\n")
    print(f"wrote {out_dir}: vocab {len(vocab)} tokens")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "src/test/resources/kompress-tiny")
