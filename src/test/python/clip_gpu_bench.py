"""Image and text encoding throughput of a random-weight CLIP ViT-B/16 under PyTorch, the same shapes
and batches (8, 32) as the Java ClipBench, for BENCHMARKS.md on a machine with a GPU.

Usage: python3 clip_gpu_bench.py [runs=10]   (uses CUDA when available, else CPU)
Prints one line per (precision, tower, batch): items/s, mean and best seconds per batch.
"""
import sys
import time

import torch

from make_tiny_clip import CLIP

VIT_B_16 = dict(embed_dim=512, image_resolution=224, vision_layers=12, vision_width=768, vision_patch_size=16,
                context_length=77, vocab_size=49408, transformer_width=512, transformer_heads=8,
                transformer_layers=12)


def tokens(batch, generator):
    ids = torch.zeros(batch, 77, dtype=torch.long)
    for row in range(batch):
        words = int(torch.randint(5, 21, (1,), generator=generator))
        ids[row, 0] = 49406
        ids[row, 1:words + 1] = torch.randint(256, 40256, (words,), generator=generator)
        ids[row, words + 1] = 49407
    return ids


def measure(fn, runs, device):
    fn()
    if device.type == "cuda":
        torch.cuda.synchronize()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        if device.type == "cuda":
            torch.cuda.synchronize()
        times.append(time.perf_counter() - start)
    return sum(times) / len(times), min(times)


def main(runs):
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    name = torch.cuda.get_device_name(0) if device.type == "cuda" else "CPU"
    print(f"clip_gpu_bench: ViT-B/16 random weights on {name}, torch {torch.__version__}, {runs} runs after 1 warm-up")
    torch.manual_seed(0)
    model = CLIP(**VIT_B_16).eval().to(device)
    generator = torch.Generator().manual_seed(1)
    precisions = [torch.float32, torch.float16] if device.type == "cuda" else [torch.float32]
    for dtype in precisions:
        model = model.to(dtype)
        for batch in (8, 32):
            images = torch.randn(batch, 3, 224, 224, device=device, dtype=dtype)
            text = tokens(batch, generator).to(device)
            with torch.no_grad():
                for tower, fn in (("image", lambda: model.encode_image(images)), ("text", lambda: model.encode_text(text))):
                    mean, best = measure(fn, runs, device)
                    print(f"{str(dtype).replace('torch.', ''):8s} {tower:5s} batch {batch:2d}: {batch / mean:9.1f} items/s"
                          f" (mean {mean * 1000:.1f} ms per batch, best {best * 1000:.1f} ms)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10)
