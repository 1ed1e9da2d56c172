"""Runs the site's exported code in real PyTorch and reports what PyTorch measures.

Usage: python3 run_pytorch.py JOB.json RESULT.json. The job lists PyTorch exports to build and
measure, Keras exports to parse, and round trips that load weights and score digits. Nothing
here knows LeNet-5: every figure comes from executing the code a reader would paste.
"""
import contextlib
import io
import json
import sys

import numpy as np
import torch


def run(code, name):
    namespace = {"__name__": name}
    with contextlib.redirect_stdout(io.StringIO()):
        exec(compile(code, name, "exec"), namespace)
    return namespace["model"]


def macs(module, output):
    """Multiply-accumulates for one example: one per use of a weight, as torchinfo counts them."""
    per_example = output[0].numel()
    kind = type(module).__name__
    if kind == "Conv2d":
        return per_example * module.weight[0].numel()
    if kind == "Linear":
        return module.in_features * module.out_features
    if kind == "SparseConv2d":
        positions = per_example // module.shape[0]
        return positions * int(module.table.sum()) * module.shape[2] * module.shape[3]
    if kind == "TrainableSubsampling":
        return per_example
    if kind == "RBFOutput":
        return per_example * module.prototypes.shape[1]
    return 0


def measure(case):
    try:
        model = run(case["code"], case["id"])
    except Exception as error:  # the report names the case; the test shows why it failed
        return {"id": case["id"], "error": f"{type(error).__name__}: {error}"}
    counts = {}
    for name, module in model.named_children():
        module.register_forward_hook(lambda m, _, out, name=name: counts.__setitem__(name, macs(m, out)))
    with torch.no_grad():
        output = model(torch.zeros(1, *case["input"]))
    return {
        "id": case["id"],
        "error": None,
        "trainable": sum(p.numel() for p in model.parameters() if p.requires_grad),
        "shape": list(output.shape[1:]),
        "macs": counts,
    }


def parse(case):
    try:
        compile(case["code"], case["id"], "exec")
        return {"id": case["id"], "error": None}
    except SyntaxError as error:
        return {"id": case["id"], "error": f"{error.msg} at line {error.lineno}: {error.text}"}


def score(case):
    model = run(case["code"], case["id"])
    model.eval()
    inputs = torch.from_numpy(np.load(case["inputs"]))
    with torch.no_grad():
        output = model(inputs).reshape(len(inputs), -1)
    return {"id": case["id"], "scores": output.tolist()}


def main(job_path, result_path):
    job = json.load(open(job_path))
    result = {
        "torch": torch.__version__,
        "pytorch": [measure(case) for case in job["pytorch"]],
        "keras": [parse(case) for case in job["keras"]],
        "roundTrips": [score(case) for case in job["roundTrips"]],
    }
    json.dump(result, open(result_path, "w"))


if __name__ == "__main__":
    main(*sys.argv[1:3])
