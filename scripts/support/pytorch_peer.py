"""Native PyTorch training the same network by the same recipe as the playground, for the bench.

Usage: python3 pytorch_peer.py JOB.json RESULT.json. The job gives the site's exported PyTorch code
(what a reader downloads), the MNIST files, the recipe (epochs, batch size, Adam's learning rate with
a linear warm-up over warmupSteps batches and then a cosine schedule, the largest shift in pixels, the decay
of the moving average of the weights that the tests read, the paper's input levels) and the seeds. Like the
playground, each run tests on all 10,000 test digits after every epoch; the result gives, per seed,
the seconds from the start of training to each test and its accuracy, and the training digits/s.
"""
import contextlib
import copy
import gzip
import io
import json
import math
import sys
import time
import warnings

import numpy as np
import torch


def idx(path):
    """An IDX file of MNIST, gzipped or not."""
    raw = open(path, "rb").read()
    data = gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw
    dims = data[3]
    shape = [int.from_bytes(data[4 + 4 * i : 8 + 4 * i], "big") for i in range(dims)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def placed(images, side, levels):
    """Each 28x28 digit centred in a side x side input, at the paper's levels (background, full ink)."""
    background, foreground = levels
    out = np.full((len(images), 1, side, side), background, dtype=np.float32)
    margin = (side - 28) // 2
    out[:, 0, margin : margin + 28, margin : margin + 28] = background + images * ((foreground - background) / 255)
    return torch.from_numpy(out)


def shifted(batch, most, generator):
    """Each digit moved by up to `most` pixels each way, one roll per distinct move: the margin is background,
    so a roll carries no ink across the edge."""
    if most == 0:
        return batch
    moves = torch.randint(-most, most + 1, (len(batch), 2), generator=generator)
    out = torch.empty_like(batch)
    for dy in range(-most, most + 1):
        for dx in range(-most, most + 1):
            chosen = ((moves[:, 0] == dy) & (moves[:, 1] == dx)).nonzero().squeeze(1)
            if len(chosen):
                out[chosen] = torch.roll(batch[chosen], (dy, dx), (2, 3))
    return out


def model_of(code):
    """The exported model, started as the site starts it: weights uniform in +-sqrt(3 / fan-in), biases 0.

    A final softmax is left out: PyTorch's cross-entropy takes the scores before it, as the site's
    loss does, and as a reader training the download in PyTorch would.
    """
    namespace = {"__name__": "peer"}
    with contextlib.redirect_stdout(io.StringIO()):
        exec(compile(code, "peer", "exec"), namespace)
    model = namespace["model"]
    if isinstance(model[-1], torch.nn.Softmax):
        model = model[:-1]
    with torch.no_grad():
        for layer in model:
            if isinstance(layer, (torch.nn.Conv2d, torch.nn.Linear)):
                limit = math.sqrt(3 / layer.weight[0].numel())
                layer.weight.uniform_(-limit, limit)
                layer.bias.zero_()
    return model


def accuracy(model, images, labels):
    model.eval()
    with torch.no_grad():
        right = sum(int((model(images[s : s + 1000]).argmax(1) == labels[s : s + 1000]).sum()) for s in range(0, len(images), 1000))
    model.train()
    return right / len(images)


def rate_factor(step, warmup, total):
    """The site's schedule (Trainer.scheduledRate): (step + 1) / W over the first W batches, then half a
    cosine over the rest."""
    if step < warmup:
        return (step + 1) / warmup
    span = max(total - warmup, 1)
    return 0.5 * (1 + math.cos(math.pi * min(step - warmup, span) / span))


class Average:
    """The site's moving average of the weights (Trainer's averageDecay): started at zero, moved toward
    the weights after each step, and divided by 1 - decay^steps when read."""

    def __init__(self, model, decay):
        self.decay = decay
        self.steps = 0
        self.sums = [torch.zeros_like(p) for p in model.parameters()]

    def update(self, model):
        self.steps += 1
        with torch.no_grad():
            for average, p in zip(self.sums, model.parameters()):
                average.mul_(self.decay).add_(p, alpha=1 - self.decay)

    def model(self, model):
        """A copy of `model` holding the averaged weights."""
        averaged = copy.deepcopy(model)
        correction = 1 - self.decay**self.steps
        with torch.no_grad():
            for p, average in zip(averaged.parameters(), self.sums):
                p.copy_(average / correction)
        return averaged


def run(job, seed, train, test):
    torch.manual_seed(seed)
    generator = torch.Generator().manual_seed(seed)
    model = model_of(job["code"])
    images, labels = train
    batch = job["batchSize"]
    steps_per_epoch = len(images) // batch
    total = steps_per_epoch * job["epochs"]
    optimiser = torch.optim.Adam(model.parameters(), lr=job["learningRate"])
    warmup = job.get("warmupSteps", 0)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimiser, lambda step: rate_factor(step, warmup, total))
    decay = job.get("averageDecay", 0)
    average = Average(model, decay) if decay > 0 else None
    loss_of = torch.nn.CrossEntropyLoss()
    tests = []
    trained_seconds = 0.0
    started = time.perf_counter()
    for _ in range(job["epochs"]):
        order = torch.randperm(len(images), generator=generator)
        epoch_started = time.perf_counter()
        for step in range(steps_per_epoch):
            chosen = order[step * batch : (step + 1) * batch]
            optimiser.zero_grad()
            loss = loss_of(model(shifted(images[chosen], job["maxShift"], generator)), labels[chosen])
            loss.backward()
            optimiser.step()
            schedule.step()
            if average:
                average.update(model)
        trained_seconds += time.perf_counter() - epoch_started
        tested = average.model(model) if average else model
        tests.append({"seconds": time.perf_counter() - started, "accuracy": accuracy(tested, *test)})
    return {"seed": seed, "tests": tests, "samplesPerSecond": steps_per_epoch * batch * job["epochs"] / trained_seconds}


def main(job_path, result_path):
    warnings.filterwarnings("ignore", message="Lazy modules")
    job = json.load(open(job_path))
    torch.set_num_threads(job["threads"])
    side, levels = job["side"], job["levels"]
    train = (placed(idx(job["files"]["trainImages"]), side, levels), torch.from_numpy(idx(job["files"]["trainLabels"]).astype(np.int64)))
    test = (placed(idx(job["files"]["testImages"]), side, levels), torch.from_numpy(idx(job["files"]["testLabels"]).astype(np.int64)))
    runs = [run(job, seed, train, test) for seed in job["seeds"]]
    json.dump({"torch": torch.__version__, "threads": torch.get_num_threads(), "runs": runs}, open(result_path, "w"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
