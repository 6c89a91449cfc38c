"""Makes tiny CLIP checkpoints shaped like OpenAI's released ones, and reference outputs.

Usage: python3 make_tiny_clip.py OUT_DIR

Writes OUT_DIR/tiny-clip-vit.pt and tiny-clip-rn.pt (TorchScript archives traced from the model
below, whose parameter names are CLIP's state-dict names, with the weights that OpenAI stores in
fp16 stored in fp16 as in the released files) and OUT_DIR/reference.json: fixed inputs and what
torch computes from them in float32 (encode_image, encode_text, the same with learned prompt
vectors inserted, the gradient of a loss with respect to those prompts, and CLIP's image
preprocessing of a fixed picture with PIL's bicubic resize).

The model classes are openai/CLIP clip/model.py at commit d05afc436d78 (MIT licence,
Copyright (c) 2021 OpenAI), unchanged apart from layout; the Java code under test is written
independently of them.
"""
import copy
import json
import sys
from collections import OrderedDict
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn


class Bottleneck(nn.Module):
    expansion = 4

    def __init__(self, inplanes, planes, stride=1):
        super().__init__()
        self.conv1 = nn.Conv2d(inplanes, planes, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(planes)
        self.relu1 = nn.ReLU(inplace=True)
        self.conv2 = nn.Conv2d(planes, planes, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(planes)
        self.relu2 = nn.ReLU(inplace=True)
        self.avgpool = nn.AvgPool2d(stride) if stride > 1 else nn.Identity()
        self.conv3 = nn.Conv2d(planes, planes * self.expansion, 1, bias=False)
        self.bn3 = nn.BatchNorm2d(planes * self.expansion)
        self.relu3 = nn.ReLU(inplace=True)
        self.downsample = None
        self.stride = stride
        if stride > 1 or inplanes != planes * Bottleneck.expansion:
            self.downsample = nn.Sequential(OrderedDict([
                ("-1", nn.AvgPool2d(stride)),
                ("0", nn.Conv2d(inplanes, planes * self.expansion, 1, stride=1, bias=False)),
                ("1", nn.BatchNorm2d(planes * self.expansion))
            ]))

    def forward(self, x: torch.Tensor):
        identity = x
        out = self.relu1(self.bn1(self.conv1(x)))
        out = self.relu2(self.bn2(self.conv2(out)))
        out = self.avgpool(out)
        out = self.bn3(self.conv3(out))
        if self.downsample is not None:
            identity = self.downsample(x)
        out += identity
        out = self.relu3(out)
        return out


class AttentionPool2d(nn.Module):
    def __init__(self, spacial_dim: int, embed_dim: int, num_heads: int, output_dim: int = None):
        super().__init__()
        self.positional_embedding = nn.Parameter(torch.randn(spacial_dim ** 2 + 1, embed_dim) / embed_dim ** 0.5)
        self.k_proj = nn.Linear(embed_dim, embed_dim)
        self.q_proj = nn.Linear(embed_dim, embed_dim)
        self.v_proj = nn.Linear(embed_dim, embed_dim)
        self.c_proj = nn.Linear(embed_dim, output_dim or embed_dim)
        self.num_heads = num_heads

    def forward(self, x):
        x = x.reshape(x.shape[0], x.shape[1], x.shape[2] * x.shape[3]).permute(2, 0, 1)
        x = torch.cat([x.mean(dim=0, keepdim=True), x], dim=0)
        x = x + self.positional_embedding[:, None, :].to(x.dtype)
        x, _ = F.multi_head_attention_forward(
            query=x, key=x, value=x, embed_dim_to_check=x.shape[-1], num_heads=self.num_heads,
            q_proj_weight=self.q_proj.weight, k_proj_weight=self.k_proj.weight,
            v_proj_weight=self.v_proj.weight, in_proj_weight=None,
            in_proj_bias=torch.cat([self.q_proj.bias, self.k_proj.bias, self.v_proj.bias]),
            bias_k=None, bias_v=None, add_zero_attn=False, dropout_p=0,
            out_proj_weight=self.c_proj.weight, out_proj_bias=self.c_proj.bias,
            use_separate_proj_weight=True, training=self.training, need_weights=False)
        return x[0]


class ModifiedResNet(nn.Module):
    def __init__(self, layers, output_dim, heads, input_resolution=224, width=64):
        super().__init__()
        self.output_dim = output_dim
        self.input_resolution = input_resolution
        self.conv1 = nn.Conv2d(3, width // 2, kernel_size=3, stride=2, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(width // 2)
        self.conv2 = nn.Conv2d(width // 2, width // 2, kernel_size=3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(width // 2)
        self.conv3 = nn.Conv2d(width // 2, width, kernel_size=3, padding=1, bias=False)
        self.bn3 = nn.BatchNorm2d(width)
        self.avgpool = nn.AvgPool2d(2)
        self.relu = nn.ReLU(inplace=True)
        self._inplanes = width
        self.layer1 = self._make_layer(width, layers[0])
        self.layer2 = self._make_layer(width * 2, layers[1], stride=2)
        self.layer3 = self._make_layer(width * 4, layers[2], stride=2)
        self.layer4 = self._make_layer(width * 8, layers[3], stride=2)
        embed_dim = width * 32
        self.attnpool = AttentionPool2d(input_resolution // 32, embed_dim, heads, output_dim)

    def _make_layer(self, planes, blocks, stride=1):
        layers = [Bottleneck(self._inplanes, planes, stride)]
        self._inplanes = planes * Bottleneck.expansion
        for _ in range(1, blocks):
            layers.append(Bottleneck(self._inplanes, planes))
        return nn.Sequential(*layers)

    def forward(self, x):
        def stem(x):
            for conv, bn in [(self.conv1, self.bn1), (self.conv2, self.bn2), (self.conv3, self.bn3)]:
                x = self.relu(bn(conv(x)))
            x = self.avgpool(x)
            return x
        x = x.type(self.conv1.weight.dtype)
        x = stem(x)
        x = self.layer1(x)
        x = self.layer2(x)
        x = self.layer3(x)
        x = self.layer4(x)
        x = self.attnpool(x)
        return x


class LayerNorm(nn.LayerNorm):
    def forward(self, x: torch.Tensor):
        orig_type = x.dtype
        ret = super().forward(x.type(torch.float32))
        return ret.type(orig_type)


class QuickGELU(nn.Module):
    def forward(self, x: torch.Tensor):
        return x * torch.sigmoid(1.702 * x)


class ResidualAttentionBlock(nn.Module):
    def __init__(self, d_model: int, n_head: int, attn_mask: torch.Tensor = None):
        super().__init__()
        self.attn = nn.MultiheadAttention(d_model, n_head)
        self.ln_1 = LayerNorm(d_model)
        self.mlp = nn.Sequential(OrderedDict([
            ("c_fc", nn.Linear(d_model, d_model * 4)),
            ("gelu", QuickGELU()),
            ("c_proj", nn.Linear(d_model * 4, d_model))
        ]))
        self.ln_2 = LayerNorm(d_model)
        self.attn_mask = attn_mask

    def attention(self, x: torch.Tensor):
        self.attn_mask = self.attn_mask.to(dtype=x.dtype, device=x.device) if self.attn_mask is not None else None
        return self.attn(x, x, x, need_weights=False, attn_mask=self.attn_mask)[0]

    def forward(self, x: torch.Tensor):
        x = x + self.attention(self.ln_1(x))
        x = x + self.mlp(self.ln_2(x))
        return x


class Transformer(nn.Module):
    def __init__(self, width: int, layers: int, heads: int, attn_mask: torch.Tensor = None):
        super().__init__()
        self.width = width
        self.layers = layers
        self.resblocks = nn.Sequential(*[ResidualAttentionBlock(width, heads, attn_mask) for _ in range(layers)])

    def forward(self, x: torch.Tensor):
        return self.resblocks(x)


class VisionTransformer(nn.Module):
    def __init__(self, input_resolution: int, patch_size: int, width: int, layers: int, heads: int, output_dim: int):
        super().__init__()
        self.input_resolution = input_resolution
        self.output_dim = output_dim
        self.conv1 = nn.Conv2d(in_channels=3, out_channels=width, kernel_size=patch_size, stride=patch_size, bias=False)
        scale = width ** -0.5
        self.class_embedding = nn.Parameter(scale * torch.randn(width))
        self.positional_embedding = nn.Parameter(scale * torch.randn((input_resolution // patch_size) ** 2 + 1, width))
        self.ln_pre = LayerNorm(width)
        self.transformer = Transformer(width, layers, heads)
        self.ln_post = LayerNorm(width)
        self.proj = nn.Parameter(scale * torch.randn(width, output_dim))

    def forward(self, x: torch.Tensor):
        x = self.conv1(x)
        x = x.reshape(x.shape[0], x.shape[1], -1)
        x = x.permute(0, 2, 1)
        x = torch.cat([self.class_embedding.to(x.dtype) + torch.zeros(x.shape[0], 1, x.shape[-1], dtype=x.dtype, device=x.device), x], dim=1)
        x = x + self.positional_embedding.to(x.dtype)
        x = self.ln_pre(x)
        x = x.permute(1, 0, 2)
        x = self.transformer(x)
        x = x.permute(1, 0, 2)
        x = self.ln_post(x[:, 0, :])
        if self.proj is not None:
            x = x @ self.proj
        return x


class CLIP(nn.Module):
    def __init__(self, embed_dim, image_resolution, vision_layers, vision_width, vision_patch_size,
                 context_length, vocab_size, transformer_width, transformer_heads, transformer_layers):
        super().__init__()
        self.context_length = context_length
        if isinstance(vision_layers, (tuple, list)):
            vision_heads = vision_width * 32 // 64
            self.visual = ModifiedResNet(layers=vision_layers, output_dim=embed_dim, heads=vision_heads,
                                         input_resolution=image_resolution, width=vision_width)
        else:
            vision_heads = vision_width // 64
            self.visual = VisionTransformer(input_resolution=image_resolution, patch_size=vision_patch_size,
                                            width=vision_width, layers=vision_layers, heads=vision_heads,
                                            output_dim=embed_dim)
        self.transformer = Transformer(width=transformer_width, layers=transformer_layers,
                                       heads=transformer_heads, attn_mask=self.build_attention_mask())
        self.vocab_size = vocab_size
        self.token_embedding = nn.Embedding(vocab_size, transformer_width)
        self.positional_embedding = nn.Parameter(torch.empty(self.context_length, transformer_width))
        self.ln_final = LayerNorm(transformer_width)
        self.text_projection = nn.Parameter(torch.empty(transformer_width, embed_dim))
        self.logit_scale = nn.Parameter(torch.ones([]) * np.log(1 / 0.07))
        nn.init.normal_(self.token_embedding.weight, std=0.02)
        nn.init.normal_(self.positional_embedding, std=0.01)
        nn.init.normal_(self.text_projection, std=transformer_width ** -0.5)

    def build_attention_mask(self):
        mask = torch.empty(self.context_length, self.context_length)
        mask.fill_(float("-inf"))
        mask.triu_(1)
        return mask

    @property
    def dtype(self):
        return self.visual.conv1.weight.dtype

    def encode_image(self, image):
        return self.visual(image.type(self.dtype))

    def encode_text(self, text):
        x = self.token_embedding(text).type(self.dtype)
        x = x + self.positional_embedding.type(self.dtype)
        x = x.permute(1, 0, 2)
        x = self.transformer(x)
        x = x.permute(1, 0, 2)
        x = self.ln_final(x).type(self.dtype)
        x = x[torch.arange(x.shape[0]), text.argmax(dim=-1)] @ self.text_projection
        return x

    def forward(self, image, text):
        image_features = self.encode_image(image)
        text_features = self.encode_text(text)
        image_features = image_features / image_features.norm(dim=-1, keepdim=True)
        text_features = text_features / text_features.norm(dim=-1, keepdim=True)
        logit_scale = self.logit_scale.exp()
        logits_per_image = logit_scale * image_features @ text_features.t()
        return logits_per_image, logits_per_image.t()


# ---- end of the reference model; what follows makes the fixtures ----

CONTEXT = 77
VIT = dict(embed_dim=64, image_resolution=32, vision_layers=2, vision_width=128, vision_patch_size=8,
           context_length=CONTEXT, vocab_size=49408, transformer_width=128, transformer_heads=2,
           transformer_layers=2)
RN = dict(embed_dim=64, image_resolution=64, vision_layers=(1, 2, 1, 1), vision_width=8, vision_patch_size=None,
          context_length=CONTEXT, vocab_size=49408, transformer_width=128, transformer_heads=2,
          transformer_layers=2)
TEXTS = [[49406, 320, 1125, 530, 320, 1449, 2972, 49407],
         [49406, 320, 786, 1773, 320, 3055, 269, 49407],
         [49406, 49407]]
PROMPTS = 4


def randomise(model):
    """Random weights everywhere (LayerNorm and BatchNorm too), rounded to fp16 where OpenAI stores fp16."""
    with torch.no_grad():
        for name, p in model.named_parameters():
            p.copy_(torch.randn_like(p) * (0.05 if p.dim() > 1 else 0.2) + (1.0 if name.endswith("ln_1.weight") else 0.0))
        for name, b in model.named_buffers():
            if name.endswith("running_mean"):
                b.copy_(torch.randn_like(b) * 0.1)
            elif name.endswith("running_var"):
                b.copy_(torch.rand_like(b) + 0.5)
        for name, p in model.named_parameters():
            if stored_in_fp16(name):
                p.copy_(p.half().float())


def stored_in_fp16(name):
    """Which tensors convert_weights() turns to fp16 in OpenAI's release (conv, linear, attention, projections)."""
    if "ln_" in name or ".bn" in name or name.endswith("embedding") or name.endswith("embedding.weight"):
        return False
    if name.endswith("downsample.1.weight") or name.endswith("downsample.1.bias"):
        return False
    return name not in ("logit_scale", "visual.class_embedding")


def save_archive(model, image, text, path):
    model = copy.deepcopy(model)
    traced = torch.jit.trace_module(model, {"forward": (image, text), "encode_image": (image,), "encode_text": (text,)})
    with torch.no_grad():
        for name, p in traced.named_parameters():
            if stored_in_fp16(name):
                p.data = p.data.half()
    torch.jit.save(traced, str(path))


def token_tensor():
    rows = [ids + [0] * (CONTEXT - len(ids)) for ids in TEXTS]
    return torch.tensor(rows, dtype=torch.long)


def prompted_text(model, text, ctx):
    """CoOp: prompt vectors right after the start token, words shifted right, EOT index + n."""
    n = ctx.shape[0]
    x = model.token_embedding(text)
    x = torch.cat([x[:, :1], ctx.unsqueeze(0).expand(x.shape[0], -1, -1), x[:, 1:CONTEXT - n]], dim=1)
    x = x + model.positional_embedding
    x = model.transformer(x.permute(1, 0, 2)).permute(1, 0, 2)
    x = model.ln_final(x)
    return x[torch.arange(x.shape[0]), text.argmax(dim=-1) + n] @ model.text_projection


def prompted_image(visual, image, prompts):
    """Region prompts as extra tokens right after CLS (after positional embedding, before ln_pre)."""
    x = visual.conv1(image).flatten(2).permute(0, 2, 1)
    cls = visual.class_embedding + torch.zeros(x.shape[0], 1, x.shape[-1])
    x = torch.cat([cls, x], dim=1) + visual.positional_embedding
    x = torch.cat([x[:, :1], prompts.unsqueeze(0).expand(x.shape[0], -1, -1), x[:, 1:]], dim=1)
    x = visual.transformer(visual.ln_pre(x).permute(1, 0, 2)).permute(1, 0, 2)
    return visual.ln_post(x[:, 0, :]) @ visual.proj


def preprocess_reference(n_px):
    """CLIP's _transform with PIL (torchvision's Resize/CenterCrop on a PIL image do exactly this)."""
    from PIL import Image
    rng = np.random.RandomState(7)
    pixels = rng.randint(0, 256, size=(37, 50, 3), dtype=np.uint8)
    img = Image.fromarray(pixels, "RGB")
    w, h = img.size
    short, long = (w, h) if w <= h else (h, w)
    new_short, new_long = n_px, int(n_px * long / short)
    size = (new_short, new_long) if w <= h else (new_long, new_short)
    img = img.resize(size, Image.BICUBIC)
    left = int(round((size[0] - n_px) / 2.0))
    top = int(round((size[1] - n_px) / 2.0))
    img = img.crop((left, top, left + n_px, top + n_px))
    arr = np.asarray(img, dtype=np.float32) / 255.0
    mean = np.array([0.48145466, 0.4578275, 0.40821073], dtype=np.float32)
    std = np.array([0.26862954, 0.26130258, 0.27577711], dtype=np.float32)
    chw = ((arr - mean) / std).transpose(2, 0, 1)
    return {"width": 50, "height": 37, "rgb": pixels.reshape(-1).tolist(), "size": n_px,
            "tensor": chw.reshape(-1).tolist()}


def flat(t):
    return t.detach().reshape(-1).tolist()


def main(out):
    out.mkdir(parents=True, exist_ok=True)
    torch.manual_seed(0)
    text = token_tensor()
    reference = {"texts": TEXTS, "context_length": CONTEXT, "prompt_count": PROMPTS,
                 "preprocess": preprocess_reference(VIT["image_resolution"])}
    for key, config in (("vit", VIT), ("rn", RN)):
        model = CLIP(**config).eval()
        randomise(model)
        res = config["image_resolution"]
        image = torch.randn(2, 3, res, res)
        save_archive(model, image, text, out / f"tiny-clip-{key}.pt")
        with torch.no_grad():
            entry = {"config": {k: (list(v) if isinstance(v, tuple) else v) for k, v in config.items()},
                     "image": flat(image), "encode_image": flat(model.encode_image(image)),
                     "encode_text": flat(model.encode_text(text)), "logit_scale": model.logit_scale.item()}
        if key == "rn":
            entry["buffers"] = {name: {"shape": list(b.shape), "values": flat(b)}
                                for name, b in model.state_dict().items()
                                if name.endswith("running_mean") or name.endswith("running_var")}
        if key == "vit":
            ctx = (torch.randn(PROMPTS, config["transformer_width"]) * 0.02).requires_grad_(True)
            prompted = prompted_text(model, text, ctx)
            prompted.pow(2).sum().backward()
            visual_prompts = torch.randn(PROMPTS, config["vision_width"]) * 0.02
            with torch.no_grad():
                picture = torch.tensor(reference["preprocess"]["tensor"]).reshape(1, 3, 32, 32)
                entry["encode_preprocessed"] = flat(F.normalize(model.encode_image(picture), dim=-1))
                entry.update(text_prompts=flat(ctx), encode_text_prompted=flat(prompted),
                             text_prompt_grad=flat(ctx.grad), image_prompts=flat(visual_prompts),
                             encode_image_prompted=flat(prompted_image(model.visual, image, visual_prompts)))
        reference[key] = entry
    (out / "reference.json").write_text(json.dumps(reference))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
