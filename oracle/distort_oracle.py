"""The paper's distortions done a second way: PyTorch's affine_grid and grid_sample.

Reads a job (28x28 images as floats and the five parameters of each distortion),
builds each affine map from the parameters itself, and writes the sampled images.
"""
import json
import sys

import torch
import torch.nn.functional as F


def forward_matrix(scale, squeeze, shear):
    """Scale, then squeeze (width x squeeze, height / squeeze), applied after a horizontal shear."""
    scaling = torch.tensor([[scale, 0.0], [0.0, scale]], dtype=torch.float64)
    squeezing = torch.tensor([[squeeze, 0.0], [0.0, 1.0 / squeeze]], dtype=torch.float64)
    shearing = torch.tensor([[1.0, shear], [0.0, 1.0]], dtype=torch.float64)
    return scaling @ squeezing @ shearing


def theta_of(distortion, side):
    """affine_grid's theta: output to input in coordinates normalised to [-1, 1] across the image.

    With align_corners=False a pixel index i sits at (2 i + 1) / side - 1, so a map about
    the image centre keeps its linear part, and a shift of t pixels becomes 2 t / side.
    """
    linear = torch.linalg.inv(forward_matrix(distortion["scale"], distortion["squeeze"], distortion["shear"]))
    shift = torch.tensor([distortion["dx"], distortion["dy"]], dtype=torch.float64) * 2.0 / side
    return torch.cat([linear, (-linear @ shift).unsqueeze(1)], dim=1)


def main(job_path, result_path):
    with open(job_path) as handle:
        job = json.load(handle)
    side = job["side"]
    images = torch.tensor(job["images"], dtype=torch.float64).reshape(-1, 1, side, side)
    theta = torch.stack([theta_of(each, side) for each in job["distortions"]])
    grid = F.affine_grid(theta, list(images.shape), align_corners=False)
    out = F.grid_sample(images, grid, mode="bilinear", padding_mode="zeros", align_corners=False)
    with open(result_path, "w") as handle:
        json.dump({"images": out.reshape(len(theta), -1).tolist(), "torch": torch.__version__}, handle)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
