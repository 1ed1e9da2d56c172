"""The paper's training recipe for LeNet-5, written from the paper in float64 PyTorch.

LeCun, Bottou, Bengio and Haffner, "Gradient-Based Learning Applied to Document
Recognition", Proc. IEEE, 1998. Section II-B gives the network (Table I for C3's
links, Eq. 6 for the squashing, Eq. 7 for the RBF output), Eq. 9 the loss,
Section III-B the schedule, Appendix A the squashing's constants and the
initialisation, Appendix C the stochastic diagonal Levenberg-Marquardt method
(Eqs. 18 to 27).

This module is an outside check on the site's own trainer (src/lib/sdlm): it
shares no code with it and is not a translation of it. It knows the site only
through its interface: how the parameters are laid out in one flat vector
(`to_flat`, `from_flat`), the fixed RBF prototypes (which the paper does not
publish, so the site's are taken as given), and, where the paper leaves a
choice open, which way the site chose (the `Choices` below, each saying where
the paper is silent or which sentence decides).

Values are batches: a convolution's states are (patterns, maps, rows, columns),
a full layer's (patterns, units). Every derivative is written out by hand, per
the paper's equations; `torch.autograd` is used only by the checks
(sdlm_checks.py), to hold these hand-written derivatives to account.
"""
from dataclasses import dataclass, field
from typing import List, Optional, Sequence, Tuple

import torch

F = torch.nn.functional
DOUBLE = torch.float64

# Eq. 6 and Appendix A: f(a) = A tanh(S a), "A = 1.7159 and S = 2/3".
A = 1.7159
S = 2.0 / 3.0

# Section III-B: "0.0005 for the first two passes, 0.0002 for the next three, 0.0001 for
# the next three, 0.00005 for the next 4, and 0.00001 thereafter".
SCHEDULE = [(2, 0.0005), (3, 0.0002), (3, 0.0001), (4, 0.00005)]
FINAL_ETA = 0.00001
# Section III-B: "The parameter mu was set to 0.02".
MU = 0.02
# Section III-B and Appendix C: "we re-estimate the h_kk on 500 patterns before each training pass".
HESSIAN_PATTERNS = 500

# Section II-B: "background level (white) corresponds to a value of -0.1 and the
# foreground (black) corresponds to 1.175".
BACKGROUND = -0.1
FOREGROUND = 1.175

# Table I, as printed: row = S2 feature map, column = C3 feature map, X = connected.
TABLE_I = [
    "X...XXX..XXXX.XX",
    "XX...XXX..XXXX.X",
    "XXX...XXX..X.XXX",
    ".XXX..XXXX..X.XX",
    "..XXX..XXXX.XX.X",
    "...XXX..XXXX.XXX",
]


def eta_of(epoch: int) -> float:
    """The global learning rate of pass `epoch` (from 0): Section III-B's schedule."""
    start = 0
    for passes, eta in SCHEDULE:
        if epoch < start + passes:
            return eta
        start += passes
    return FINAL_ETA


def table_links() -> List[List[int]]:
    """C3's inputs per C3 map, read from Table I's columns."""
    rows, columns = len(TABLE_I), len(TABLE_I[0])
    return [[row for row in range(rows) if TABLE_I[row][col] == "X"] for col in range(columns)]


@dataclass(frozen=True)
class Choices:
    """What the paper leaves open, or settles only in one sentence; defaults are the site's choices.

    j: Eq. 9's constant. The paper says only that "the constant j is positive"; the site uses 10.
    over_patterns: 'mean' or 'sum' of the per-pattern second derivatives. Eq. 24 decides: the
        terms "are the average over the training set of the local second derivatives" (1/P sum).
    over_connections: 'sum' or 'mean' over the connections that share a parameter. Eq. 23
        decides: h_kk is the sum over (i, j) in V_k.
    subsampling_inputs: 'connections' or 'window-sum'. Section II-B counts S2's 5,880
        connections as 1,176 units x (4 inputs + bias), so the coefficient is shared by four
        connections and Eqs. 23 and 25 give sum_j x_j^2 over the window; 'window-sum' treats the
        added window as a single input, (sum_j x_j)^2. The count decides for 'connections'.
    output_curvature: where the back-propagation of Eq. 27 starts, d2E/dx^2 at F6's states. The
        paper says Gauss-Newton "ignores the non-linearity of the estimated function (the Neural
        Network in our case), but not that of the loss function", but not whether the RBF layer
        (Eq. 7) belongs to the network or to the loss. 'exact' (the site's): the RBF with Eq. 9 is
        the loss, and its exact second derivative along each x_k starts the recursion.
        'gauss-newton-through-rbf': the RBF is part of the network, so its own curvature (the
        2 (1 - sum_i s_i) term) is dropped.
    recursion: 'gauss-newton' (Eq. 27, the paper's) or 'eq26' (Eq. 26, with the f'' term; only
        the checks use it, where it is the exact diagonal).
    round_inputs_to_float32: the site keeps its input images in single precision; the paper
        says nothing about precision.
    fan_in_counts_bias: Appendix A's F_i is "the number of inputs (fan-in) of the unit"; whether
        the bias counts as one is not said. The site counts it (26 for a C1 unit).
    """

    j: float = 10.0
    over_patterns: str = "mean"
    over_connections: str = "sum"
    subsampling_inputs: str = "connections"
    output_curvature: str = "exact"
    recursion: str = "gauss-newton"
    round_inputs_to_float32: bool = True
    fan_in_counts_bias: bool = True


@dataclass(frozen=True)
class Conv:
    """A convolution, stride 1, no padding; `links[o]` lists the input maps output map o reads."""

    inputs: int
    maps: int
    kernel: int
    links: Optional[Sequence[Sequence[int]]] = None

    def mask(self) -> torch.Tensor:
        """1 where a kernel exists (Table I for C3), 0 where the map pair is not connected."""
        mask = torch.zeros(self.maps, self.inputs, 1, 1, dtype=DOUBLE)
        for o in range(self.maps):
            for i in self.links[o] if self.links is not None else range(self.inputs):
                mask[o, i] = 1.0
        return mask


@dataclass(frozen=True)
class Subsampling:
    """Section II-B: each unit adds its window's inputs, times a trainable coefficient, plus a bias."""

    maps: int
    window: int


@dataclass(frozen=True)
class Full:
    """Units that each read every input of the layer below (F6), with a bias."""

    inputs: int
    units: int


@dataclass
class Network:
    """Trainable layers, each followed by the scaled tanh, then the fixed RBF output of Eq. 7."""

    layers: List[object]
    prototypes: torch.Tensor  # (classes, F6 units)
    masks: List[Optional[torch.Tensor]] = field(default_factory=list)

    def __post_init__(self):
        self.masks = [layer.mask() if isinstance(layer, Conv) else None for layer in self.layers]


def lenet5(prototypes: torch.Tensor) -> Network:
    """Section II-B's LeNet-5 on a 32x32 input, with C3 linked as Table I says."""
    return Network(
        [
            Conv(1, 6, 5),
            Subsampling(6, 2),
            Conv(6, 16, 5, table_links()),
            Subsampling(16, 2),
            Conv(16, 120, 5),
            Full(120, 84),
        ],
        prototypes.to(DOUBLE),
    )


# --- The squashing function (Eq. 6) and its derivatives -------------------------------------


def squash(a: torch.Tensor) -> torch.Tensor:
    """f(a) = A tanh(S a), Eq. 6."""
    return A * torch.tanh(S * a)


def slope(a: torch.Tensor) -> torch.Tensor:
    """f'(a) = A S (1 - tanh^2(S a)): the factor Eqs. 19 and 27 multiply by (squared in Eq. 27)."""
    t = torch.tanh(S * a)
    return A * S * (1 - t * t)


def bend(a: torch.Tensor) -> torch.Tensor:
    """f''(a) = -2 A S^2 tanh(S a) (1 - tanh^2(S a)): Eq. 26's extra term, which Gauss-Newton drops."""
    t = torch.tanh(S * a)
    return -2 * A * S * S * t * (1 - t * t)


# --- One layer forward, and its back-propagation ---------------------------------------------


def window_sums(x: torch.Tensor, window: int) -> torch.Tensor:
    """Each map's sums over non-overlapping window x window blocks."""
    maps = x.shape[1]
    ones = torch.ones(maps, 1, window, window, dtype=x.dtype)
    return F.conv2d(x, ones, stride=window, groups=maps)


def spread(values: torch.Tensor, window: int) -> torch.Tensor:
    """Each value copied to every input of its window: how a subsampling unit reaches its inputs."""
    return values.repeat_interleave(window, dim=2).repeat_interleave(window, dim=3)


def weighted_sums(layer, mask, params, x: torch.Tensor) -> torch.Tensor:
    """The a_i of Section II-B: each unit's weighted inputs plus its bias."""
    weight, bias = params
    if isinstance(layer, Conv):
        return F.conv2d(x, weight * mask) + bias.view(1, -1, 1, 1)
    if isinstance(layer, Subsampling):
        return weight.view(1, -1, 1, 1) * window_sums(x, layer.window) + bias.view(1, -1, 1, 1)
    return x @ weight.T + bias


def layer_back(layer, mask, params, x: torch.Tensor, d: torch.Tensor, power: int, choices: Choices):
    """Back through one layer's connections, from d (per unit i, at its weighted sum a_i).

    power 1, the gradient: dE/dw_k = sum over (i, j) in V_k of d_i x_j (Eq. 19, the derivative
    with respect to connection u_ij is d_i x_j), and dE/dx_j = sum_i u_ij d_i.
    power 2, the Gauss-Newton terms: h_kk = sum over (i, j) in V_k of d_i x_j^2 (Eqs. 23, 25),
    and the input's sum_i u_ij^2 d_i (Eq. 27, before its f'(a_j)^2).
    Returns (the parameters' weight and bias terms, the inputs' term), summed over the batch.
    """
    weight, _ = params
    xp = x**power
    if isinstance(layer, Conv):
        # unfold lists each unit's connections: column l holds the inputs x_j that unit l of a map reads.
        inputs = F.unfold(xp, layer.kernel)
        units = d.flatten(2)
        grad_w = torch.einsum("bol,bcl->oc", units, inputs).view(weight.shape) * mask
        kernel = ((weight * mask) ** power).view(layer.maps, -1)
        below = F.fold(torch.einsum("oc,bol->bcl", kernel, units), x.shape[2:], layer.kernel)
        terms = (grad_w, d.sum(dim=(0, 2, 3)))
    elif isinstance(layer, Subsampling):
        if choices.subsampling_inputs == "connections":
            inputs = window_sums(xp, layer.window)
        else:
            inputs = window_sums(x, layer.window) ** power
        terms = ((d * inputs).sum(dim=(0, 2, 3)), d.sum(dim=(0, 2, 3)))
        below = spread(d * weight.view(1, -1, 1, 1) ** power, layer.window)
    else:
        terms = (d.T @ xp, d.sum(dim=0))
        below = d @ weight**power
    if choices.over_connections == "mean":
        terms = tuple(term / count for term, count in zip(terms, connections(layer, mask, d)))
    return terms, below


def connections(layer, mask, d: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor]:
    """|V_k| per parameter, for one pattern: how many connections share each weight and bias."""
    if isinstance(layer, Conv):
        positions = d.shape[2] * d.shape[3]
        kernels = mask.expand(-1, -1, layer.kernel, layer.kernel) * positions
        return kernels, torch.full((layer.maps,), positions)
    if isinstance(layer, Subsampling):
        positions = d.shape[2] * d.shape[3]
        return torch.full((layer.maps,), positions * layer.window**2), torch.full((layer.maps,), positions)
    return torch.ones(layer.units, layer.inputs), torch.ones(layer.units)


# --- The whole network -----------------------------------------------------------------------


def forward(net: Network, params, images: torch.Tensor):
    """The states of every layer for a batch of images (patterns, 1, 32, 32); returns (xs, sums).

    xs[0] is the input, xs[l + 1] the states of layer l; sums[l] its weighted sums a.
    """
    xs, sums = [images], []
    for layer, mask, p in zip(net.layers, net.masks, params):
        x = xs[-1]
        if isinstance(layer, Full) and x.dim() == 4:
            x = x.flatten(1)
        a = weighted_sums(layer, mask, p, x)
        sums.append(a)
        xs.append(squash(a))
    return xs, sums


def penalties(net: Network, state: torch.Tensor) -> torch.Tensor:
    """Eq. 7: y_i = sum_j (x_j - w_ij)^2, one per class, for each pattern's F6 state."""
    return ((state[:, None, :] - net.prototypes[None, :, :]) ** 2).sum(dim=2)


def loss(net: Network, state: torch.Tensor, labels: torch.Tensor, j: float) -> torch.Tensor:
    """Eq. 9 per pattern: E = y_D + log(e^-j + sum_i e^-y_i), written stably."""
    y = penalties(net, state)
    rubbish = torch.full((y.shape[0], 1), -j, dtype=y.dtype)
    correct = y.gather(1, labels.view(-1, 1)).squeeze(1)
    return correct + torch.logsumexp(torch.cat([rubbish, -y], dim=1), dim=1)


def loss_derivatives(net: Network, state: torch.Tensor, labels: torch.Tensor, choices: Choices):
    """dE/dx_k and d2E/dx_k^2 of Eq. 9 at F6's states, derived by hand.

    With g_ik = dy_i/dx_k = 2 (x_k - w_ik) and s_i = e^-y_i / (e^-j + sum_l e^-y_l):
    dE/dx_k = g_Dk - sum_i s_i g_ik; d2E/dx_k^2 = 2 (1 - sum_i s_i) + sum_i s_i g_ik^2 - (sum_i s_i g_ik)^2,
    the first term the RBF's own curvature (d2y_i/dx_k^2 = 2), the rest the log term's.
    """
    y = penalties(net, state)
    rubbish = torch.full((y.shape[0], 1), -choices.j, dtype=y.dtype)
    shares = torch.softmax(torch.cat([rubbish, -y], dim=1), dim=1)[:, 1:]
    g = 2 * (state[:, None, :] - net.prototypes[None, :, :])
    mean = (shares[:, :, None] * g).sum(dim=1)
    square = (shares[:, :, None] * g * g).sum(dim=1)
    correct = g[torch.arange(state.shape[0]), labels]
    curvature = square - mean * mean
    if choices.output_curvature == "exact":
        curvature = curvature + 2 * (1 - shares.sum(dim=1, keepdim=True))
    return correct - mean, curvature


# Eq. 19 is a sum over connections whatever Choices says about second derivatives.
GRADIENT = Choices()


def gradient(net: Network, params, images: torch.Tensor, labels: torch.Tensor, choices: Choices):
    """dE/dw for every parameter (Eq. 19), summed over the batch; and the batch's losses."""
    xs, sums = forward(net, params, images)
    delta, _ = loss_derivatives(net, xs[-1], labels, choices)
    grads = [None] * len(net.layers)
    for index in reversed(range(len(net.layers))):
        layer, mask, p = net.layers[index], net.masks[index], params[index]
        d = delta * slope(sums[index])
        x = xs[index].flatten(1) if isinstance(layer, Full) else xs[index]
        grads[index], below = layer_back(layer, mask, p, x, d, 1, GRADIENT)
        delta = below.view(xs[index].shape)
    return grads, loss(net, xs[-1], labels, choices.j)


def curvature(net: Network, params, images: torch.Tensor, labels: torch.Tensor, choices: Choices, keep=None):
    """Appendix C's second derivatives, summed over the batch, one per parameter.

    From d2E/dx^2 at F6 (see `loss_derivatives`), each layer's d2E/da_i^2 = f'(a_i)^2 d2E/dx_i^2
    (Eq. 27; with choices.recursion 'eq26', plus f''(a_i) dE/dx_i), then Eq. 25 and 23 for its
    parameters and Eq. 27's sum_k u_ki^2 d2E/da_k^2 for the layer below. `keep`, a list, receives
    (d2E/da, d2E/dx) per layer, top layer first, for the checks.
    """
    xs, sums = forward(net, params, images)
    delta, second = loss_derivatives(net, xs[-1], labels, choices)
    hs = [None] * len(net.layers)
    for index in reversed(range(len(net.layers))):
        layer, mask, p = net.layers[index], net.masks[index], params[index]
        d2 = second * slope(sums[index]) ** 2
        if choices.recursion == "eq26":
            d2 = d2 + bend(sums[index]) * delta
        if keep is not None:
            keep.append((d2, second))
        x = xs[index].flatten(1) if isinstance(layer, Full) else xs[index]
        hs[index], below = layer_back(layer, mask, p, x, d2, 2, choices)
        second = below.view(xs[index].shape)
        if choices.recursion == "eq26":
            _, below1 = layer_back(layer, mask, p, x, delta * slope(sums[index]), 1, choices)
            delta = below1.view(xs[index].shape)
    return hs


def hessian_estimate(net: Network, params, images: torch.Tensor, labels: torch.Tensor, choices: Choices):
    """h_kk of Appendix C on a sample of patterns (500 in the paper), averaged per Eq. 24 (or summed)."""
    hs = curvature(net, params, images, labels, choices)
    if choices.over_patterns == "mean":
        hs = [tuple(term / images.shape[0] for term in h) for h in hs]
    return hs


def step_sizes(hs, eta: float, mu: float):
    """Eq. 21: epsilon_k = eta / (mu + h_kk)."""
    return [tuple(eta / (mu + term) for term in h) for h in hs]


def sdlm_update(net: Network, params, steps, image: torch.Tensor, label: torch.Tensor, choices: Choices):
    """Eq. 18 on one pattern: w_k <- w_k - epsilon_k dE^p/dw_k. Returns the new parameters and the loss."""
    grads, losses = gradient(net, params, image, label, choices)
    moved = []
    for layer, step, grad in zip(params, steps, grads):
        moved.append(tuple(w - e * g for w, e, g in zip(layer, step, grad)))
    return moved, float(losses[0])


def first_pass(net, params, sample_images, sample_labels, images, labels, eta, mu, choices, record=()):
    """Section III-B's first pass, cut short: h_kk on the sample, then one update per pattern in order.

    Returns h_kk, the step sizes, {n: parameters after n updates} for each n in `record`, and
    each update's loss before it.
    """
    hs = hessian_estimate(net, params, sample_images, sample_labels, choices)
    steps = step_sizes(hs, eta, mu)
    after, losses = {}, []
    for n in range(images.shape[0]):
        params, value = sdlm_update(net, params, steps, images[n : n + 1], labels[n : n + 1], choices)
        losses.append(value)
        if n + 1 in record:
            after[n + 1] = params
    return hs, steps, after, losses


# --- Inputs, initialisation, and the site's flat parameter vector -----------------------------


def paper_inputs(pixels: torch.Tensor, side: int, choices: Choices) -> torch.Tensor:
    """28x28 MNIST bytes in Section II-B's levels, centred in side x side with background around them."""
    scale = (FOREGROUND - BACKGROUND) / 255
    digits = BACKGROUND + pixels.to(DOUBLE) * scale
    if choices.round_inputs_to_float32:
        digits = digits.to(torch.float32).to(DOUBLE)
    margin = (side - pixels.shape[-1]) // 2
    background = torch.tensor(BACKGROUND, dtype=DOUBLE)
    if choices.round_inputs_to_float32:
        background = background.to(torch.float32).to(DOUBLE)
    out = torch.full((pixels.shape[0], 1, side, side), float(background), dtype=DOUBLE)
    out[:, 0, margin : margin + pixels.shape[-2], margin : margin + pixels.shape[-1]] = digits
    return out


def fan_ins(net: Network, choices: Choices):
    """Appendix A's F_i per parameter: the inputs of the unit its connections belong to (all alike)."""
    extra = 1 if choices.fan_in_counts_bias else 0
    out = []
    for layer, mask in zip(net.layers, net.masks):
        if isinstance(layer, Conv):
            per_map = mask.view(layer.maps, -1).sum(dim=1) * layer.kernel**2 + extra
            kernels = per_map.view(-1, 1, 1, 1).expand(-1, layer.inputs, layer.kernel, layer.kernel)
            out.append((kernels, per_map))
        elif isinstance(layer, Subsampling):
            fan = torch.full((layer.maps,), float(layer.window**2 + extra), dtype=DOUBLE)
            out.append((fan, fan))
        else:
            fan = torch.full((layer.units,), float(layer.inputs + extra), dtype=DOUBLE)
            out.append((fan.view(-1, 1).expand(-1, layer.inputs), fan))
    return out


def shapes(net: Network):
    """The dense tensor shapes of each layer's (weights, biases)."""
    out = []
    for layer in net.layers:
        if isinstance(layer, Conv):
            out.append(((layer.maps, layer.inputs, layer.kernel, layer.kernel), (layer.maps,)))
        elif isinstance(layer, Subsampling):
            out.append(((layer.maps,), (layer.maps,)))
        else:
            out.append(((layer.units, layer.inputs), (layer.units,)))
    return out


def flat_positions(net: Network):
    """Where each dense tensor's entries sit in the site's flat vector, -1 where no parameter exists.

    The site's layout (src/lib/sdlm/layers.ts, read as an interface): layer after layer; a
    convolution's kernels output map by output map, each map's linked input maps in increasing
    order, each kernel row by row, then one bias per map; a subsampling's coefficients, then its
    biases; a full layer's weights unit by unit (input index fastest), then its biases.
    """
    offset = 0
    out = []
    for layer, mask, (wshape, bshape) in zip(net.layers, net.masks, shapes(net)):
        where = torch.full(wshape, -1, dtype=torch.long)
        if isinstance(layer, Conv):
            area = layer.kernel**2
            for o in range(layer.maps):
                for i in range(layer.inputs):
                    if mask[o, i, 0, 0] == 1:
                        where[o, i] = torch.arange(offset, offset + area).view(layer.kernel, layer.kernel)
                        offset += area
        else:
            count = where.numel()
            where = torch.arange(offset, offset + count).view(wshape)
            offset += count
        bias = torch.arange(offset, offset + bshape[0])
        offset += bshape[0]
        out.append((where, bias))
    return out, offset


def from_flat(net: Network, flat: torch.Tensor):
    """Dense (weights, biases) per layer from the site's flat vector; unlinked kernels are zero."""
    positions, count = flat_positions(net)
    assert flat.numel() == count, f"{flat.numel()} values for {count} parameters"
    out = []
    for where, bias in positions:
        weight = torch.zeros(where.shape, dtype=DOUBLE)
        weight[where >= 0] = flat[where[where >= 0]].to(DOUBLE)
        out.append((weight, flat[bias].to(DOUBLE)))
    return out


def to_flat(net: Network, tensors) -> torch.Tensor:
    """The site's flat vector from dense (weights, biases) per layer."""
    positions, count = flat_positions(net)
    flat = torch.zeros(count, dtype=DOUBLE)
    for (where, bias), (weight, b) in zip(positions, tensors):
        flat[where[where >= 0]] = weight[where >= 0]
        flat[bias] = b
    return flat
