"""The oracle's own checks: its hand-written derivatives held against torch.autograd and finite differences.

Each check returns the largest relative difference it found, so that the caller
(oracle/sdlm.oracle.ts, through run_sdlm.py) decides what passes.
"""
import torch

import sdlm_oracle as o

DOUBLE = torch.float64


def relative(a: torch.Tensor, b: torch.Tensor) -> float:
    """max |a - b| / max |b|: a difference measured against the tensor's own scale."""
    scale = b.abs().max().item()
    return (a - b).abs().max().item() / (scale if scale > 0 else 1.0)


def random_params(net: o.Network, generator: torch.Generator, scale: float = 1.0):
    """Weights uniform in +-2.4/F (Appendix A), times `scale`, so that every unit works in its range."""
    out = []
    for (wshape, bshape), (wfan, bfan) in zip(o.shapes(net), o.fan_ins(net, o.Choices())):
        w = (2 * torch.rand(wshape, generator=generator, dtype=DOUBLE) - 1) * 2.4 * scale / wfan
        b = (2 * torch.rand(bshape, generator=generator, dtype=DOUBLE) - 1) * 2.4 * scale / bfan
        out.append((w, b))
    return out


def signs(classes: int, size: int, generator: torch.Generator) -> torch.Tensor:
    """RBF prototypes of +-1, as the paper's are."""
    return torch.randint(0, 2, (classes, size), generator=generator).to(DOUBLE) * 2 - 1


def small_network(generator: torch.Generator) -> o.Network:
    """LeNet-5 in miniature on 16x16: every kind of layer, weight sharing, a sparse table, 2x2 windows."""
    links = [[0, 1], [1, 2], [2, 3], [0, 3], [0, 1, 2], [0, 1, 2, 3]]
    layers = [o.Conv(1, 4, 5), o.Subsampling(4, 2), o.Conv(4, 6, 3, links), o.Subsampling(6, 2)]
    layers += [o.Conv(6, 5, 2), o.Full(5, 7)]
    return o.Network(layers, signs(3, 7, generator))


def tree_network(generator: torch.Generator) -> o.Network:
    """A network where Appendix C's diagonal recursion is exact: no weight shared, each unit feeds one unit.

    C (2 maps of 4x4 to 3 maps of 1x1, one pair unlinked), S with 1x1 windows, then two full
    layers, 3 to 1 and 1 to 1, down to a single F6 state; the RBF reads that one number. Then
    Eq. 26 gives the exact diagonal of the Hessian, and Eq. 27 that of the Gauss-Newton matrix.
    """
    layers = [o.Conv(2, 3, 4, [[0], [0, 1], [1]]), o.Subsampling(3, 1), o.Full(3, 1), o.Full(1, 1)]
    return o.Network(layers, torch.tensor([[1.0], [-1.0], [0.3]], dtype=DOUBLE))


def images_for(side: int, maps: int, count: int, generator: torch.Generator) -> torch.Tensor:
    """Random images in the paper's input levels, -0.1 to 1.175."""
    levels = torch.rand(count, maps, side, side, generator=generator, dtype=DOUBLE)
    return o.BACKGROUND + (o.FOREGROUND - o.BACKGROUND) * levels


def total_loss(net: o.Network, params, images, labels, j):
    """Eq. 9 summed over the batch, through the oracle's forward pass, for autograd to differentiate."""
    xs, _ = o.forward(net, params, images)
    return o.loss(net, xs[-1], labels, j).sum()


def check_gradient(net, params, images, labels, choices) -> float:
    """The hand-written back-propagation (Eq. 19) against torch.autograd on the same forward pass."""
    leaves = [tuple(t.clone().requires_grad_(True) for t in p) for p in params]
    total = total_loss(net, leaves, images, labels, choices.j)
    auto = torch.autograd.grad(total, [t for p in leaves for t in p])
    grads, _ = o.gradient(net, params, images, labels, choices)
    mine = [t for g in grads for t in g]
    return max(relative(m, a) for m, a in zip(mine, auto))


def check_output_curvature(net, state, labels, choices) -> dict:
    """dE/dx_k and d2E/dx_k^2 of Eq. 9 at F6, by hand, against autograd's gradient and Hessian."""
    grad_gap, curve_gap = 0.0, 0.0
    mine_grad, mine_curve = o.loss_derivatives(net, state, labels, choices)
    for p in range(state.shape[0]):

        def energy(x, p=p):
            return o.loss(net, x.view(1, -1), labels[p : p + 1], choices.j).sum()

        x = state[p].clone()
        auto_grad = torch.autograd.functional.jacobian(energy, x)
        auto_curve = torch.autograd.functional.hessian(energy, x).diagonal()
        grad_gap = max(grad_gap, relative(mine_grad[p], auto_grad))
        curve_gap = max(curve_gap, relative(mine_curve[p], auto_curve))
    return {"gradient": grad_gap, "curvature": curve_gap}


def untied(layer, choices) -> bool:
    """Whether a subsampling unit's window counts as separate connections (see Choices.subsampling_inputs)."""
    return isinstance(layer, o.Subsampling) and choices.subsampling_inputs == "connections"


def connection_weights(layer, params, choices):
    """A layer's weights with every connection its own entry (the u_ij of Eq. 20), for autograd.

    A subsampling unit reads its window through four connections that share the coefficient;
    here each gets its own copy, a depthwise window x window kernel. Convolutions and full
    layers already use each weight once per unit.
    """
    weight, bias = params
    if untied(layer, choices):
        return weight.view(-1, 1, 1, 1).expand(-1, 1, layer.window, layer.window).clone(), bias
    return weight, bias


def sums_with(layer, mask, x, weight, bias):
    """The weighted sums a of one layer, as a function of connection weights (see `connection_weights`)."""
    if isinstance(layer, o.Subsampling) and weight.dim() == 4:
        sums = torch.nn.functional.conv2d(x, weight, stride=layer.window, groups=layer.maps)
        return sums + bias.view(1, -1, 1, 1)
    return o.weighted_sums(layer, mask, (weight, bias), x)


def gauss_newton_diagonal(jacobian: torch.Tensor, d2: torch.Tensor) -> torch.Tensor:
    """diag(J^T D J) for a diagonal D: sum_i D_i J_ik^2."""
    return (jacobian**2 * d2.reshape(-1, 1)).sum(dim=0)


def check_layers_with_jacobians(net, params, image, label, choices) -> dict:
    """Each step of Appendix C's recursion against a Gauss-Newton diagonal built from autograd Jacobians.

    At every layer, given the oracle's d2E/da (D, one per unit): Eqs. 23 and 25 say the
    parameters get sum over their connections of D_i x_j^2, which is diag(J_u^T D J_u) with J_u
    the Jacobian of a with respect to the connection weights, summed over the connections that
    share a parameter; Eq. 27 says the states below get sum_i u_ij^2 D_i, which is
    diag(J_x^T D J_x) with J_x the Jacobian of a with respect to those states; and each
    d2E/da is f'(a)^2 d2E/dx, f' from autograd. One pattern.
    """
    keep = []
    hs = o.curvature(net, params, image, label, choices, keep)
    keep.reverse()
    xs, sums = o.forward(net, params, image)
    gaps = {"parameters": 0.0, "states below": 0.0, "squashing": 0.0}
    for index, (layer, mask, p) in enumerate(zip(net.layers, net.masks, params)):
        d2a, d2x = keep[index]
        x = xs[index].flatten(1) if isinstance(layer, o.Full) else xs[index]
        weight, bias = connection_weights(layer, p, choices)
        of_weights = lambda w, b: sums_with(layer, mask, x, w, b).flatten()  # noqa: E731
        j_w, j_b = torch.autograd.functional.jacobian(of_weights, (weight, bias))
        h_w = gauss_newton_diagonal(j_w.flatten(1), d2a).view(weight.shape)
        if untied(layer, choices):
            h_w = h_w.sum(dim=(1, 2, 3))
        h_b = gauss_newton_diagonal(j_b.flatten(1), d2a)
        gaps["parameters"] = max(gaps["parameters"], relative(hs[index][0], h_w), relative(hs[index][1], h_b))
        a = sums[index].clone().requires_grad_(True)
        (f_prime,) = torch.autograd.grad(o.squash(a).sum(), a)
        gaps["squashing"] = max(gaps["squashing"], relative(d2a, f_prime**2 * d2x))
        if index > 0:
            of_inputs = lambda v: sums_with(layer, mask, v, weight, bias).flatten()  # noqa: E731
            j_x = torch.autograd.functional.jacobian(of_inputs, x)
            below = gauss_newton_diagonal(j_x.flatten(1), d2a).view(keep[index - 1][1].shape)
            gaps["states below"] = max(gaps["states below"], relative(keep[index - 1][1], below))
    return gaps


def flat_loss(net, images, labels, j):
    """Eq. 9 summed over the batch as a function of the flat parameter vector."""
    return lambda theta: total_loss(net, o.from_flat(net, theta), images, labels, j)


def central_differences(energy, theta: torch.Tensor, step: float = 1e-5) -> torch.Tensor:
    """d2E/dtheta_k^2 as the central difference of autograd's gradient along each coordinate k."""
    gradient_at = lambda t: torch.autograd.functional.jacobian(energy, t)  # noqa: E731
    out = torch.empty_like(theta)
    for k in range(theta.numel()):
        move = torch.zeros_like(theta)
        move[k] = step
        out[k] = (gradient_at(theta + move)[k] - gradient_at(theta - move)[k]) / (2 * step)
    return out


def gauss_newton_of_network(net, theta, images, labels, j) -> torch.Tensor:
    """The exact diagonal of the Gauss-Newton matrix sum_p J_p^T H_p J_p for a network with one F6 state.

    J_p from autograd (F6's state against every parameter), H_p = d2E/dx^2 from autograd's Hessian
    of Eq. 9 at that state: the network linearised, the loss (RBF with Eq. 9) kept whole.
    """
    state = lambda t: o.forward(net, o.from_flat(net, t), images)[0][-1].flatten()  # noqa: E731
    jacobian = torch.autograd.functional.jacobian(state, theta)
    states = state(theta)
    curvatures = []
    for p in range(images.shape[0]):
        energy = lambda x, p=p: o.loss(net, x.view(1, 1), labels[p : p + 1], j).sum()  # noqa: E731
        curvatures.append(torch.autograd.functional.hessian(energy, states[p]))
    return (jacobian**2 * torch.stack(curvatures).view(-1, 1)).sum(dim=0)


def check_tree_network(generator: torch.Generator) -> dict:
    """On `tree_network`, Appendix C's recursion against exact second derivatives, every parameter.

    Eq. 26 (with the f'' term) against the diagonal of autograd's Hessian and against central
    differences of autograd's gradient along each coordinate; Eq. 27 (Gauss-Newton) against
    diag(J^T H J) from autograd (`gauss_newton_of_network`). Three patterns, summed.
    """
    net = tree_network(generator)
    params = random_params(net, generator, 3.0)
    images = images_for(4, 2, 3, generator)
    labels = torch.tensor([0, 1, 2])
    j = 2.0
    theta = o.to_flat(net, params)
    energy = flat_loss(net, images, labels, j)
    exact = torch.autograd.functional.hessian(energy, theta).diagonal()
    differences = central_differences(energy, theta)
    eq26 = o.curvature(net, params, images, labels, o.Choices(j=j, over_patterns="sum", recursion="eq26"))
    eq27 = o.curvature(net, params, images, labels, o.Choices(j=j, over_patterns="sum"))
    eq26, eq27 = o.to_flat(net, eq26), o.to_flat(net, eq27)
    gauss_newton = gauss_newton_of_network(net, theta, images, labels, j)
    return {
        "parameters": theta.numel(),
        "eq26 vs autograd Hessian": relative(eq26, exact),
        "eq26 vs finite differences": relative(eq26, differences),
        "autograd Hessian vs finite differences": relative(exact, differences),
        "eq27 vs autograd Gauss-Newton": relative(eq27, gauss_newton),
        "eq27 vs eq26 (what Gauss-Newton drops)": relative(eq27, eq26),
    }


def self_checks() -> dict:
    """Every check on the small networks, with seeded random weights and images."""
    generator = torch.Generator().manual_seed(1998)
    net = small_network(generator)
    params = random_params(net, generator)
    images = images_for(16, 1, 4, generator)
    labels = torch.tensor([0, 1, 2, 1])
    choices = o.Choices(j=2.0)
    xs, _ = o.forward(net, params, images)
    return {
        "gradient vs autograd": check_gradient(net, params, images, labels, choices),
        "F6 loss derivatives vs autograd": check_output_curvature(net, xs[-1], labels, choices),
        "layer recursion vs autograd Jacobians": check_layers_with_jacobians(
            net, params, images[:1], labels[:1], choices
        ),
        "layer recursion vs autograd Jacobians, subsampling as one window sum": check_layers_with_jacobians(
            net, params, images[1:2], labels[1:2], o.Choices(j=2.0, subsampling_inputs="window-sum")
        ),
        "tree network": check_tree_network(generator),
    }
