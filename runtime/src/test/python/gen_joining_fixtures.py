#!/usr/bin/env python3
"""NumPy's answers for JoiningFixturesTest: joining, splitting and rearranging calls.

Run by hand (NumPy 2.4.6 was used for the checked-in file):

    python3 runtime/src/test/python/gen_joining_fixtures.py > runtime/src/test/resources/joining/cases.tsv

Each case below has a twin of the same id in JoiningFixturesTest.java, the same call in the Java API.
Inputs are x(shape, dtype, seed): element i is ((7*i + seed) % 11) - 5, halved for float dtypes and
non-zero for bool, in C order. Every case returns a list of arrays (one for most calls); the file has
one line per result array:

    id <TAB> k/n <TAB> shape <TAB> dtype <TAB> values (C order, space separated; bool as 0/1)

or, for a call NumPy rejects, one line:

    id <TAB> error <TAB> message
"""

import sys

import numpy as np


def x(shape, dtype="int64", seed=0):
    n = int(np.prod(shape, dtype=np.int64))
    k = (np.arange(n, dtype=np.int64) * 7 + seed) % 11 - 5
    if dtype in ("float32", "float64"):
        v = (k * 0.5).astype(dtype)
    elif dtype == "bool":
        v = k != 0
    else:
        v = k.astype(dtype)
    return v.reshape(shape)


CASES = {
    # concatenate
    "concat_axis0": lambda: np.concatenate([x((2, 3)), x((1, 3), seed=1)], axis=0),
    "concat_axis1_promotes": lambda: np.concatenate([x((2, 3), "int32"), x((2, 2), "float32", 1)], axis=1),
    "concat_none": lambda: np.concatenate([x((2, 3)), x((4,), seed=2)], axis=None),
    "concat_negative_axis": lambda: np.concatenate([x((2, 2, 3), "float64"), x((2, 2, 1), "float64", 3)], axis=-1),
    "concat_views": lambda: np.concatenate([x((3, 4))[:, ::-1], x((4, 3), seed=5).T, x((5, 4), seed=2)[::2]], axis=0),
    "concat_bool_int32": lambda: np.concatenate([x((3,), "bool"), x((2,), "int32", 4)]),
    "concat_empty_part": lambda: np.concatenate([x((0, 3)), x((2, 3)), x((0, 3))], axis=0),
    "concat_all_empty": lambda: np.concatenate([x((2, 0)), x((2, 0))], axis=1),
    "concat_one_wide_columns": lambda: np.concatenate([x((3, 1)), x((3, 1), seed=1), x((3, 2), seed=2)], axis=1),
    "concat_none_0d": lambda: np.concatenate([x(()), x((2, 2), "float32", 1)], axis=None),
    "concat_err_dims": lambda: np.concatenate([x((2, 3)), x((2, 4))], axis=0),
    "concat_err_ndim": lambda: np.concatenate([x((2, 3)), x((3,))]),
    "concat_err_axis": lambda: np.concatenate([x((2, 3)), x((2, 3))], axis=2),
    "concat_err_zero_d": lambda: np.concatenate([x(()), x(())]),
    "concat_err_none": lambda: np.concatenate([]),
    # stack family
    "stack_axis0": lambda: np.stack([x((2, 3)), x((2, 3), seed=1)]),
    "stack_axis_last": lambda: np.stack([x((2, 3), "float32"), x((2, 3), "float32", 1), x((2, 3), "float32", 2)], axis=-1),
    "stack_0d": lambda: np.stack([x(()), x((), seed=3)]),
    "stack_err_shape": lambda: np.stack([x((3,)), x((4,))]),
    "stack_err_none": lambda: np.stack([]),
    "stack_err_axis": lambda: np.stack([x((3,))], axis=2),
    "vstack_1d": lambda: np.vstack([x((3,)), x((3,), seed=1)]),
    "vstack_mixed": lambda: np.vstack([x((3,)), x((2, 3), seed=1)]),
    "vstack_err": lambda: np.vstack([x((3,)), x((4,))]),
    "hstack_1d": lambda: np.hstack([x((3,)), x((2,), seed=1)]),
    "hstack_2d": lambda: np.hstack([x((2, 3)), x((2, 1), seed=1)]),
    "hstack_0d": lambda: np.hstack([x(()), x((), seed=1)]),
    "hstack_err": lambda: np.hstack([x((2, 3)), x((3, 3))]),
    "dstack_1d": lambda: np.dstack([x((3,)), x((3,), seed=1)]),
    "dstack_2d": lambda: np.dstack([x((2, 3), "bool"), x((2, 3), "bool", 1)]),
    "column_stack": lambda: np.column_stack([x((3,)), x((3, 2), seed=1), x((3,), seed=2)]),
    # split
    "split_sections": lambda: np.split(x((6, 2)), 3),
    "split_indices": lambda: np.split(x((7,)), [2, 5, -1, 10]),
    "split_decreasing": lambda: np.split(x((5,)), [3, 1]),
    "split_axis1": lambda: np.split(x((2, 6), "float64"), [1, 4], axis=1),
    "array_split": lambda: np.array_split(x((7, 2)), 3),
    "array_split_more": lambda: np.array_split(x((2,)), 4),
    "split_err_unequal": lambda: np.split(x((7,)), 3),
    "array_split_err": lambda: np.array_split(x((7,)), 0),
    # views
    "flip_all": lambda: np.flip(x((2, 3, 2))),
    "flip_axes": lambda: np.flip(x((2, 3, 2)), (0, 2)),
    "flip_err_repeated": lambda: np.flip(x((2, 3)), (0, 0)),
    "flip_err_axis": lambda: np.flip(x((2, 3)), 2),
    "swapaxes": lambda: np.swapaxes(x((2, 3, 4)), 0, -1),
    "swapaxes_err": lambda: np.swapaxes(x((2, 3)), 0, 2),
    "moveaxis": lambda: np.moveaxis(x((2, 3, 4, 5)), [0, 1], [-1, 0]),
    "moveaxis_err_source": lambda: np.moveaxis(x((3, 3)), 3, 0),
    "moveaxis_err_repeated": lambda: np.moveaxis(x((3, 3)), [0, 0], [0, 1]),
    "moveaxis_err_count": lambda: np.moveaxis(x((3, 3)), [0], [0, 1]),
    "rot90": lambda: np.rot90(x((2, 3))),
    "rot90_k2": lambda: np.rot90(x((2, 3)), 2),
    "rot90_k3": lambda: np.rot90(x((2, 3)), 3),
    "rot90_k_negative": lambda: np.rot90(x((2, 3)), -1),
    "rot90_axes": lambda: np.rot90(x((2, 3, 4)), 1, (2, 1)),
    "rot90_err_1d": lambda: np.rot90(x((3,))),
    "rot90_err_range": lambda: np.rot90(x((2, 3, 4)), 1, (0, 4)),
    # roll
    "roll_flat": lambda: np.roll(x((2, 3)), 2),
    "roll_axis": lambda: np.roll(x((3, 4)), -1, axis=1),
    "roll_axes": lambda: np.roll(x((3, 4)), (1, 9), axis=(0, 1)),
    "roll_same_axis": lambda: np.roll(x((5,)), (2, 2), axis=(0, 0)),
    "roll_empty": lambda: np.roll(x((0, 3)), 1, axis=0),
    "roll_err_axis": lambda: np.roll(x((2, 3)), 1, axis=2),
    # tile
    "tile_1d": lambda: np.tile(x((3,)), 2),
    "tile_more_reps": lambda: np.tile(x((2,), "float32"), (2, 1, 3)),
    "tile_fewer_reps": lambda: np.tile(x((2, 3)), 2),
    "tile_many": lambda: np.tile(x((2, 3), "int32"), (3, 20)),
    "tile_zero": lambda: np.tile(x((2, 3)), (0, 1)),
    "tile_err": lambda: np.tile(x((3,)), -1),
    # repeat
    "repeat_flat": lambda: np.repeat(x((2, 2)), 2),
    "repeat_axis": lambda: np.repeat(x((2, 3)), 3, axis=0),
    "repeat_counts": lambda: np.repeat(x((4,)), [1, 0, 3, 2]),
    "repeat_counts_axis": lambda: np.repeat(x((2, 3), "bool"), [2, 1, 0], axis=1),
    "repeat_0d": lambda: np.repeat(x((), seed=3), 3),
    "repeat_zero": lambda: np.repeat(x((2, 3)), 0, axis=1),
    "repeat_err_count_length": lambda: np.repeat(x((3,)), [1, 2]),
    "repeat_err_negative": lambda: np.repeat(x((3,)), [1, -2, 1]),
    "repeat_err_negative_scalar": lambda: np.repeat(x((3,)), -1),
    # pad
    "pad_constant": lambda: np.pad(x((2, 3)), 1),
    "pad_constant_value": lambda: np.pad(x((2, 3), "int32"), ((1, 0), (2, 1)), constant_values=2.7),
    "pad_constant_float": lambda: np.pad(x((3,), "float32"), (2, 3), constant_values=-1.5),
    "pad_edge": lambda: np.pad(x((2, 3)), ((2, 1), (0, 3)), mode="edge"),
    "pad_reflect": lambda: np.pad(x((3,)), (5, 7), mode="reflect"),
    "pad_reflect_2d": lambda: np.pad(x((2, 3), "float64"), ((3, 1), (2, 4)), mode="reflect"),
    "pad_reflect_one": lambda: np.pad(x((1, 2)), 2, mode="reflect"),
    "pad_symmetric": lambda: np.pad(x((3, 2)), ((4, 2), (3, 5)), mode="symmetric"),
    "pad_wrap": lambda: np.pad(x((3, 2), "bool"), ((4, 2), (3, 5)), mode="wrap"),
    "pad_empty_constant": lambda: np.pad(x((0, 2)), 1),
    "pad_err_negative": lambda: np.pad(x((3,)), -1),
    "pad_err_empty_axis": lambda: np.pad(x((0, 2)), 1, mode="edge"),
    "pad_err_mode": lambda: np.pad(x((3,)), 1, mode="foo"),
    "pad_err_widths": lambda: np.pad(x((2, 3)), ((1, 2), (1, 2), (1, 1))),
    # filled like
    "zeros_like": lambda: np.zeros_like(x((2, 3), "int32")),
    "ones_like": lambda: np.ones_like(x((2,), "bool")),
    "full_like_int": lambda: np.full_like(x((2, 2), "int64"), 2.7),
    "full_like_float32": lambda: np.full_like(x((3,), "float32"), 0.1),
    # grids
    "meshgrid_xy": lambda: np.meshgrid(x((3,)), x((2,), seed=1), x((2,), seed=2)),
    "meshgrid_ij": lambda: np.meshgrid(x((3,)), x((2, 2), seed=1), indexing="ij"),
    "meshgrid_err": lambda: np.meshgrid(x((3,)), indexing="foo"),
    "broadcast_arrays": lambda: np.broadcast_arrays(x((3, 1)), x((4,), "float32", 1), x(())),
    "broadcast_arrays_err": lambda: np.broadcast_arrays(x((2,)), x((3,))),
}


def values(a):
    if a.dtype == np.bool_:
        return " ".join("1" if v else "0" for v in a.ravel())
    if a.dtype.kind == "f":
        return " ".join(repr(float(v)) for v in a.ravel())
    return " ".join(str(int(v)) for v in a.ravel())


def main():
    out = sys.stdout
    for name, call in CASES.items():
        try:
            result = call()
        except Exception as e:  # NumPy's rejection is the expected answer
            out.write(f"{name}\terror\t{e}\n")
            continue
        results = list(result) if isinstance(result, (list, tuple)) else [result]
        for k, r in enumerate(results):
            shape = ",".join(str(d) for d in r.shape)
            out.write(f"{name}\t{k}/{len(results)}\t{shape}\t{r.dtype}\t{values(r)}\n")


if __name__ == "__main__":
    main()
