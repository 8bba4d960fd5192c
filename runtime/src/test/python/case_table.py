"""The case-table format several fixture scripts write (Linalg2FixturesTest's reader reads it):

    case <TAB> id <TAB> function <TAB> argument
    in <TAB> shape <TAB> dtype <TAB> values        one line per operand, in order
    out <TAB> shape <TAB> dtype <TAB> values       one line per result
    error <TAB> message                            instead of out lines, for a call NumPy rejects

A script adds its cases with case() and writes them with write().
"""
import warnings

import numpy as np


def fmt(v):
    """An array as 'shape <TAB> dtype <TAB> values' (floats as Python's repr: every bit)."""
    v = np.asarray(v)
    if v.dtype == np.bool_:
        vals = " ".join("1" if x else "0" for x in v.ravel())
    elif v.dtype.kind == "f":
        vals = " ".join(repr(float(x)) for x in v.ravel())
    else:
        vals = " ".join(str(int(x)) for x in v.ravel())
    dtype = "int64" if v.dtype.kind in "iu" and v.dtype.itemsize == 8 else str(v.dtype)
    return ",".join(str(d) for d in v.shape) + "\t" + dtype + "\t" + vals


CASES = []


def case(id, function, argument, inputs, call):
    """A case: call() returns NumPy's results (a list), or raises NumPy's error."""
    CASES.append((id, function, argument, inputs, call))


def write(path, one_line_errors=False):
    """Writes every case added, computing NumPy's results (warnings off: the values are the fixture)."""
    with open(path, "w") as out:
        for id, function, argument, inputs, call in CASES:
            out.write("case\t%s\t%s\t%s\n" % (id, function, argument))
            for a in inputs:
                out.write("in\t%s\n" % fmt(a))
            try:
                with np.errstate(all="ignore"), warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    results = call()
                for r in results:
                    out.write("out\t%s\n" % fmt(r))
            except Exception as e:  # noqa: BLE001 - the message is the fixture
                message = str(e)
                out.write("error\t%s\n" % (message.replace("\n", " ") if one_line_errors else message))
