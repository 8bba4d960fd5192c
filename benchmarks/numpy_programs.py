"""The whole programs of the Java programs benchmark (org.ndjit.benchmarks.programs), in NumPy.

Usage: numpy_programs.py PROGRAM DATADIR ANSWERSDIR SECONDS MINRUNS

Loads the program's .npy files from DATADIR (written by the Java report from a fixed seed), times the
first run from the program's first line, then repeats it warm for SECONDS (at least MINRUNS runs),
and writes the first run's answers to ANSWERSDIR as <program>_<answer>.npy for the Java report to
compare. Prints "MAIN <epoch µs>", "IMPORT <ns>" (import numpy), "FIRST <ns>" and "WARM <ns> ...".
"""
import time

MAIN_US = time.time_ns() // 1000  # the script's first line: the parent subtracts its launch time

import os
import sys

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS", "VECLIB_MAXIMUM_THREADS"):
    os.environ[var] = "1"

_t = time.perf_counter_ns()
import numpy as np
IMPORT_NS = time.perf_counter_ns() - _t


def load(d, name):
    return np.load(os.path.join(d, name + ".npy"))


def logreg(d):
    X, y = load(d, "X"), load(d, "y")
    n = X.shape[0]
    lr = 0.5
    w = np.zeros(X.shape[1])

    def sigmoid(z):
        return 1 / (1 + np.exp(-z))

    for _ in range(200):
        w = w - lr * X.T @ (sigmoid(X @ w) - y) / n
    p = sigmoid(X @ w)
    loss = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
    return {"w": w, "loss": loss}


def kmeans(d):
    X = load(d, "X")
    k = 5
    centroids = X[:k]
    labels = None
    steps = 0
    while steps < 100:
        distances = ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
        nxt = distances.argmin(axis=1)
        if labels is not None and (nxt == labels).all():
            break
        labels = nxt
        steps += 1
        centroids = np.array([X[labels == j].mean(axis=0) for j in range(k)])
    return {"centroids": centroids, "labels": labels, "steps": np.int64(steps)}


def mlp(d):
    X, y = load(d, "X"), load(d, "y")
    W1, b1, W2, b2 = load(d, "W1"), load(d, "b1"), load(d, "W2"), load(d, "b2")
    hidden = np.maximum(0, X @ W1 + b1)
    logits = hidden @ W2 + b2
    shifted = logits - logits.max(axis=1, keepdims=True)
    logp = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    loss = -logp[np.arange(len(y)), y].mean()
    return {"logits": logits, "loss": loss}


def colstats(d):
    T = load(d, "T")
    mean, std = T.mean(axis=0), T.std(axis=0)
    mn, mx = T.min(axis=0), T.max(axis=0)
    z = (T - mean) / std
    return {"mean": mean, "std": std, "min": mn, "max": mx, "z": z}


def image(d):
    img = load(d, "img")
    crop = img[16:496, 16:496]
    rotated = crop[::-1, ::-1].transpose(1, 0, 2)
    h, w = rotated.shape[0] - 2, rotated.shape[1] - 2
    total = None
    for i in range(3):
        for j in range(3):
            shifted = rotated[i:h + i, j:w + j]
            total = shifted if total is None else total + shifted
    blur = total / 9
    gray = blur[:, :, 0] * 0.299 + blur[:, :, 1] * 0.587 + blur[:, :, 2] * 0.114
    return {"blur": blur, "gray": gray}


PROGRAMS = {"logreg": logreg, "kmeans": kmeans, "mlp": mlp, "colstats": colstats, "image": image}


def main():
    name, data, answers, seconds, min_runs = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4]), int(sys.argv[5])
    program = PROGRAMS[name]
    t = time.perf_counter_ns()
    result = program(data)
    first = time.perf_counter_ns() - t
    warm = []
    until = time.perf_counter() + seconds
    while len(warm) < min_runs or time.perf_counter() < until:
        t = time.perf_counter_ns()
        program(data)
        warm.append(time.perf_counter_ns() - t)
    os.makedirs(answers, exist_ok=True)
    for key, value in result.items():
        np.save(os.path.join(answers, f"{name}_{key}.npy"), np.asarray(value))
    print("MAIN", MAIN_US)
    print("IMPORT", IMPORT_NS)
    print("FIRST", first)
    print("WARM", " ".join(str(w) for w in warm))


if __name__ == "__main__":
    main()
