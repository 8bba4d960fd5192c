#!/usr/bin/env python3
"""Writes the NumPy-made fixtures that the Npy*Test and NpzFilesTest classes read (run by hand, not by the tests).

    python3 runtime/src/test/python/gen_npy_fixtures.py

Every file under runtime/src/test/resources/npy/ is written by NumPy itself (np.save, np.savez,
np.savez_compressed, np.lib.format.write_array), except header_variants.npy, whose header is written
by hand in the Python 2 style NumPy still reads; the script checks that np.load reads every file back
to the array it expects. unsupported_*.npy hold dtypes the library does not have (NpyBadInputTest
expects a clear error for each); they are not in the manifest. manifest.tsv lists, one array a line,
what the Java tests must find:

    file  member  dtype  byteorder  fortran  shape  npsave  values

member is the .npz key ('-' for a .npy file); dtype is the library's name; byteorder is '<', '>' or
'|'; fortran is 1 when the header says fortran_order True; shape is comma-separated (empty for 0-d);
npsave is 1 when the file is exactly what np.save writes by default for that array, so a file the
library writes for the same array, byte order and order must be byte-identical; values are the
elements in C order (floats as Python's repr, nan/inf/-inf spelled that way; bools as 1/0).
"""
import os
import shutil
import warnings

import numpy as np

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "npy")

NAMES = {"f8": "float64", "f4": "float32", "i8": "int64", "i4": "int32", "b1": "bool", "f2": "float16", "i2": "int16",
         "i1": "int8", "u8": "uint64", "u4": "uint32", "u2": "uint16", "u1": "uint8"}


def values(code, n):
    """n deterministic values of a dtype code, edge values first."""
    if code in ("f8", "f4", "f2"):
        ft = {"f8": np.float64, "f4": np.float32, "f2": np.float16}[code]
        info = np.finfo(ft)
        specials = [0.0, -0.0, np.nan, np.inf, -np.inf, info.smallest_subnormal, info.max, 0.1, -info.tiny]
        rest = [i * 1.37 - 7.5 for i in range(n)]
        return np.array((specials + rest)[:n], dtype=ft)
    if code in ("i8", "i4"):
        it = np.int64 if code == "i8" else np.int32
        info = np.iinfo(it)
        specials = [0, -1, int(info.max), int(info.min), 1, 123456789 if code == "i4" else 1234567890123]
        rest = [i * 37 - 400 for i in range(n)]
        return np.array((specials + rest)[:n], dtype=it)
    if code[0] in "iu":
        it = np.dtype(code).type
        info = np.iinfo(it)
        specials = [0, int(info.max), int(info.min), 1, int(info.max) // 3, 7]
        rest = [(i * 37) % int(info.max) for i in range(n)]
        return np.array((specials + rest)[:n], dtype=it)
    return np.array([(i * 7) % 3 == 0 for i in range(n)], dtype=np.bool_)


def make(code, order, shape):
    a = values(code, int(np.prod(shape, dtype=np.int64))).reshape(shape)
    if order == ">":
        a = a.astype(a.dtype.newbyteorder(">"))
    return a


def text(a):
    flat = np.ascontiguousarray(a).reshape(-1)
    if a.dtype.kind == "b":
        return " ".join("1" if v else "0" for v in flat)
    if a.dtype.kind == "f":
        return " ".join(repr(float(v)) for v in flat)
    return " ".join(str(int(v)) for v in flat)


def header_info(path_or_file):
    f = open(path_or_file, "rb") if isinstance(path_or_file, str) else path_or_file
    try:
        version = np.lib.format.read_magic(f)
        read = np.lib.format.read_array_header_1_0 if version == (1, 0) else np.lib.format.read_array_header_2_0
        shape, fortran, dtype = read(f)
        return fortran, dtype
    finally:
        if isinstance(path_or_file, str):
            f.close()


rows = []


def record(file, member, a, npsave):
    fortran = header_info(os.path.join(OUT, file))[0] if member == "-" else np.isfortran(a)
    code = a.dtype.str[1:]
    rows.append("\t".join([file, member, NAMES[code], a.dtype.str[0], "1" if fortran else "0",
                           ",".join(str(d) for d in a.shape), "1" if npsave else "0", text(a)]))


def save(file, a, npsave=True):
    path = os.path.join(OUT, file)
    np.save(path, a)
    back = np.load(path)
    assert back.dtype == a.dtype and back.shape == a.shape and np.array_equal(back, a, equal_nan=a.dtype.kind == "f"), file
    record(file, "-", a, npsave)


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(OUT)
    variants = ([(c, o) for c in ("f8", "f4", "i8", "i4", "f2", "i2", "u8", "u4", "u2") for o in ("<", ">")]
                + [("b1", "|"), ("i1", "|"), ("u1", "|")])
    for code, order in variants:
        tag = code + {"<": "_le", ">": "_be", "|": ""}[order]
        save(f"{tag}_scalar.npy", make(code, order, ()))
        save(f"{tag}_c_2x3.npy", make(code, order, (2, 3)))
        save(f"{tag}_f_2x3x4.npy", np.asfortranarray(make(code, order, (2, 3, 4))))
    save("f8_le_c_2x3x4.npy", make("f8", "<", (2, 3, 4)))
    save("i4_be_c_2x3x4.npy", make("i4", ">", (2, 3, 4)))
    save("i8_le_c_5.npy", make("i8", "<", (5,)))
    save("f4_le_f_3x2.npy", np.asfortranarray(make("f4", "<", (3, 2))))
    save("f8_le_empty_0.npy", make("f8", "<", (0,)))
    save("i4_be_f_empty_2x0.npy", np.asfortranarray(make("i4", ">", (2, 0))))
    save("b1_empty_0x3.npy", make("b1", "|", (0, 3)))
    # Long shapes: the growth padding and the 64-byte alignment push the header to 128 and 192 bytes.
    save("f8_le_c_ones_17d.npy", make("f8", "<", (1,) * 16 + (2,)))
    save("i8_le_c_empty_bigdims.npy", make("i8", "<", (0, 123456789012, 98765)))

    # Format versions 2.0 and 3.0, written explicitly (np.save picks 1.0 whenever the header fits).
    for version in ((2, 0), (3, 0)):
        file = f"f4_be_c_2x3_v{version[0]}.npy"
        a = make("f4", ">", (2, 3))
        with open(os.path.join(OUT, file), "wb") as f:
            np.lib.format.write_array(f, a, version=version)
        assert np.array_equal(np.load(os.path.join(OUT, file)), a, equal_nan=True)
        record(file, "-", a, False)

    # A header as Python 2 wrote them: double quotes, other key order, no trailing comma, 'L' longs.
    a = make("i4", "<", (2, 2))
    body = '{"shape": (2L, 2L), "fortran_order": False, "descr": "<i4"}'
    body += " " * (64 - (10 + len(body) + 1) % 64) + "\n"
    with open(os.path.join(OUT, "header_variants.npy"), "wb") as f:
        f.write(b"\x93NUMPY\x01\x00" + len(body).to_bytes(2, "little") + body.encode("latin1") + a.tobytes())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # NumPy warns that the header needed Python 2 parsing
        assert np.array_equal(np.load(os.path.join(OUT, "header_variants.npy")), a)
        record("header_variants.npy", "-", a, False)

    # Archives: np.savez (stored) and np.savez_compressed (deflate), named and positional members.
    members = {
        "weights": make("f8", "<", (2, 3)),
        "mask": make("b1", "|", (4,)),
        "big_endian": make("i4", ">", (3,)),
        "fortran": np.asfortranarray(make("f4", "<", (2, 3))),
        "scalar": make("i8", "<", ()),
        "pixels": make("u1", "|", (2, 2)),
        "half": make("f2", ">", (3,)),
    }
    positional = make("i8", "<", (2,))
    for file, writer in (("stored.npz", np.savez), ("compressed.npz", np.savez_compressed)):
        writer(os.path.join(OUT, file), positional, **members)
        with np.load(os.path.join(OUT, file)) as z:
            # np.savez stores the keyword arrays first, then the positional ones.
            expected = list(members.items()) + [("arr_0", positional)]
            assert list(z.keys()) == [k for k, _ in expected], list(z.keys())
            for key, a in expected:
                assert np.array_equal(z[key], a, equal_nan=True) and z[key].dtype == a.dtype
                record(file, key, a, False)

    # Dtypes the library does not have: reading each must fail with a message naming the dtype.
    unsupported = {
        "complex": np.array([1 + 2j, 3 - 4j]),
        "object": np.array([1, "a", None], dtype=object),
        "unicode": np.array(["ab", "c"]),
        "bytes": np.array([b"ab", b"c"]),
        "structured": np.array([(1, 2.0)], dtype=[("a", "<i4"), ("b", "<f8")]),
        "datetime": np.array(["2024-01-02"], dtype="datetime64[D]"),
    }
    for kind, a in unsupported.items():
        np.save(os.path.join(OUT, f"unsupported_{kind}.npy"), a)

    with open(os.path.join(OUT, "manifest.tsv"), "w") as f:
        f.write("\n".join(rows) + "\n")
    total = sum(os.path.getsize(os.path.join(OUT, n)) for n in os.listdir(OUT))
    print(f"wrote {len(os.listdir(OUT))} files, {total} bytes, to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
