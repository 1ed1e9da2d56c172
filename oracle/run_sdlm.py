"""The oracle's self checks, then the oracle against each of the site's SDLM runners.

Usage: python3 run_sdlm.py JOB.json RESULT.json. The job (written by oracle/sdlm-trace.ts) gives
the site's initial weights, the digits it used (MNIST indices and bytes, and the inputs it built
from them), its h_kk, step sizes and weights after some updates. The oracle builds its own inputs
from the bytes, starts from the same weights, runs the paper's first pass on the same digits,
and reports, per tensor, max |oracle - site| / max |site|. Nothing is asserted here: the caller
(oracle/sdlm.oracle.ts) holds the numbers to its bounds.
"""
import json
import os
import sys
import time

import numpy as np
import torch

import sdlm_checks as checks
import sdlm_oracle as o

NAMES = ["C1", "S2", "C3", "S4", "C5", "F6"]


def doubles(folder, name, rows=None):
    """A float64 file the job names, as a tensor, optionally split into rows."""
    values = torch.from_numpy(np.fromfile(os.path.join(folder, name), dtype="<f8").copy())
    return values if rows is None else values.view(rows, -1)


def pixels(folder, name):
    """MNIST bytes, 28x28 per digit."""
    return torch.from_numpy(np.fromfile(os.path.join(folder, name), dtype=np.uint8).copy()).view(-1, 28, 28)


def network(job):
    """The paper's LeNet-5 with the site's RBF prototypes (the paper's own are not published as data)."""
    prototypes = job["prototypes"]
    return o.lenet5(torch.tensor(prototypes["values"], dtype=o.DOUBLE).view(prototypes["classes"], -1))


def gaps(net, oracle, site, base=None):
    """Per tensor (each layer's weights, its biases): max |oracle - site| / max |site|.

    With `base`, both are first taken as changes from it (the updates themselves).
    """
    positions, _ = o.flat_positions(net)
    tensors, elementwise = {}, 0.0
    for name, (where, bias) in zip(NAMES, positions):
        for part, index in (("weights", where[where >= 0]), ("biases", bias)):
            a, b = oracle[index], site[index]
            if base is not None:
                a, b = a - base[index], b - base[index]
            tensors[f"{name} {part}"] = checks.relative(a, b)
            elementwise = max(elementwise, ((a - b).abs() / b.abs()).max().item())
    return {"worst": max(tensors.values()), "tensors": tensors, "elementwise": elementwise}


def initial_range(net, theta):
    """Per tensor, max |theta| / (2.4 / F_i): Appendix A's range, F_i counting the bias as the site does."""
    fans = o.fan_ins(net, o.Choices())
    params = o.from_flat(net, theta)
    out = {}
    for name, mask, (w, b), (fw, fb) in zip(NAMES, net.masks, params, fans):
        linked = (mask.expand_as(w) if mask is not None else torch.ones_like(w)) > 0
        out[f"{name} weights"] = ((w.abs() * fw / 2.4)[linked]).max().item()
        out[f"{name} biases"] = (b.abs() * fb / 2.4).max().item()
    return out


def compare(job, folder, runner):
    """The oracle from the runner's initial weights on the same digits, against what the runner recorded."""
    recipe = job["recipe"]
    net = network(job)
    choices = o.Choices(j=recipe["j"])
    sample_images = o.paper_inputs(pixels(folder, job["samplePixels"]), 32, choices)
    update_images = o.paper_inputs(pixels(folder, job["updatePixels"]), 32, choices)
    site_sample = doubles(folder, runner["sampleImages"], len(job["sampleIndices"]))
    site_update = doubles(folder, runner["updateImages"], len(job["updateIndices"]))
    inputs = max(
        (sample_images.flatten(1) - site_sample).abs().max().item(),
        (update_images.flatten(1) - site_update).abs().max().item(),
    )
    sample_labels = torch.tensor(job["sampleMnistLabels"])
    update_labels = torch.tensor(job["updateMnistLabels"])
    labels = runner["sampleLabels"] == job["sampleMnistLabels"]
    labels = labels and runner["updateLabels"] == job["updateMnistLabels"]
    theta0 = doubles(folder, runner["initial"])
    params = o.from_flat(net, theta0)
    record = sorted(int(n) for n in runner["after"])
    # The site scales the paper's eta by its etaScale setting (1 is the paper's) and rounds the
    # product to six significant digits; the rounding moves eta by about 1e-16 relative.
    eta = float(f"{o.eta_of(0) * runner['etaScale']:.6g}")
    hs, steps, after, losses = o.first_pass(
        net, params, sample_images, sample_labels, update_images, update_labels, eta, o.MU, choices, record
    )
    site_losses = torch.tensor(runner["losses"], dtype=o.DOUBLE)
    site_after = lambda n: doubles(folder, runner["after"][str(n)])  # noqa: E731
    return {
        "name": runner["name"],
        "eta": eta,
        "inputs": inputs,
        "labels": labels,
        "c3MatchesTableI": job["c3Links"] == o.table_links(),
        "scheduleMatches": runner["eta"] == eta
        and recipe["mu"] == o.MU
        and recipe["hessianPatterns"] == o.HESSIAN_PATTERNS,
        "initialRange": initial_range(net, theta0),
        "losses": checks.relative(torch.tensor(losses, dtype=o.DOUBLE), site_losses),
        "hessian": gaps(net, o.to_flat(net, hs), doubles(folder, runner["hessian"])),
        "steps": gaps(net, o.to_flat(net, steps), doubles(folder, runner["steps"])),
        "after": {
            str(n): {
                "parameters": gaps(net, o.to_flat(net, after[n]), site_after(n)),
                "change": gaps(net, o.to_flat(net, after[n]), site_after(n), theta0),
            }
            for n in record
        },
    }


def between_runners(job, folder):
    """The site's runners against each other at the same eta, after the last update: rounding, amplified."""
    net = network(job)
    out = []
    runners = job["runners"]
    for first, a in enumerate(runners):
        for b in runners[first + 1 :]:
            if a["etaScale"] != b["etaScale"]:
                continue
            last = str(max(int(n) for n in a["after"]))
            theta0 = doubles(folder, a["initial"])
            after_a, after_b = doubles(folder, a["after"][last]), doubles(folder, b["after"][last])
            out.append(
                {
                    "runners": [a["name"], b["name"]],
                    "etaScale": a["etaScale"],
                    "updates": int(last),
                    "parameters": gaps(net, after_a, after_b)["worst"],
                    "change": gaps(net, after_a, after_b, theta0)["worst"],
                }
            )
    return out


def lenet5_gradient_check(job, folder):
    """The hand-written gradient against autograd on the paper's LeNet-5 itself, three real digits."""
    net = network(job)
    choices = o.Choices(j=job["recipe"]["j"])
    params = o.from_flat(net, doubles(folder, job["runners"][0]["initial"]))
    images = o.paper_inputs(pixels(folder, job["updatePixels"])[:3], 32, choices)
    return checks.check_gradient(net, params, images, torch.tensor(job["updateMnistLabels"][:3]), choices)


def main(job_path, result_path):
    """Runs everything and writes the numbers."""
    torch.set_num_threads(max(1, min(2, torch.get_num_threads())))
    folder = os.path.dirname(job_path)
    with open(job_path) as file:
        job = json.load(file)
    seconds = {}
    began = time.time()
    self = checks.self_checks()
    self["gradient vs autograd on LeNet-5, real digits"] = lenet5_gradient_check(job, folder)
    seconds["checks"] = time.time() - began
    runners = []
    for runner in job["runners"]:
        began = time.time()
        runners.append(compare(job, folder, runner))
        seconds[runner["name"]] = time.time() - began
    between = between_runners(job, folder)
    result = {"torch": torch.__version__, "seconds": seconds, "checks": self, "runners": runners}
    result["betweenRunners"] = between
    with open(result_path, "w") as file:
        json.dump(result, file)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
