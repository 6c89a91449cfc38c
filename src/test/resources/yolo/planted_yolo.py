"""Writes a tiny ONNX model with an Ultralytics YOLO output layout and known boxes planted in it.

usage: planted_yolo.py v5|v8 OUT.onnx   (input [1, 3, 64, 64]; 80 COCO classes; 100 candidates,
more than the 85 attributes, as real exports' thousands of anchors are)
Box 0's person score is the input's red value at (32, 32) and box 2's is its red value at (0, 0),
so the decoded scores show the detector's colour order, scale and letterbox pad.
"""
import sys

import torch

CANDIDATES, CLASSES, SIZE = 100, 80, 64
# cx, cy, w, h in model-input pixels
BOXES = [(20, 32, 10, 20), (21, 32, 10, 20), (48, 30, 8, 16), (40, 40, 6, 6), (10, 40, 6, 10)]
FIXED_PERSON = {1: 0.8, 3: 0.5, 4: 0.25}
CAR_BOX, CAR_SCORE = 3, 0.9
V5_OBJECTNESS = {0: 0.9}


class Planted(torch.nn.Module):
    def __init__(self, layout):
        super().__init__()
        self.layout = layout
        rows = torch.zeros(CANDIDATES, 4 + CLASSES)
        for i, box in enumerate(BOXES):
            rows[i, :4] = torch.tensor(box, dtype=torch.float32)
        for i, score in FIXED_PERSON.items():
            rows[i, 4] = score
        rows[CAR_BOX, 4 + 2] = CAR_SCORE
        centre, corner = torch.zeros_like(rows), torch.zeros_like(rows)
        centre[0, 4] = 1
        corner[2, 4] = 1
        objectness = torch.ones(CANDIDATES, 1)
        for i, value in V5_OBJECTNESS.items():
            objectness[i, 0] = value
        self.register_buffer("rows", rows)
        self.register_buffer("centre", centre)
        self.register_buffer("corner", corner)
        self.register_buffer("objectness", objectness)

    def forward(self, images):
        red_centre = images[0, 0, SIZE // 2, SIZE // 2]
        red_corner = images[0, 0, 0, 0]
        rows = self.rows + self.centre * red_centre + self.corner * red_corner
        if self.layout == "v5":
            return torch.cat([rows[:, :4], self.objectness, rows[:, 4:]], dim=1).unsqueeze(0)
        return rows.t().unsqueeze(0)


if __name__ == "__main__":
    layout, out = sys.argv[1], sys.argv[2]
    if layout not in ("v5", "v8"):
        sys.exit("layout must be v5 or v8, was " + layout)
    torch.onnx.export(Planted(layout).eval(), torch.zeros(1, 3, SIZE, SIZE), out, opset_version=12,
                      input_names=["images"], output_names=["output0"])
