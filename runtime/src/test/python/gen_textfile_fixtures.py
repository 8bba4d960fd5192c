#!/usr/bin/env python3
"""NumPy's loadtxt, genfromtxt and savetxt on small files, for TextFileFixturesTest.

Run by hand (NumPy 2.4.6 was used for the checked-in file):

    python3 runtime/src/test/python/gen_textfile_fixtures.py runtime/src/test/resources/textfiles/cases.tsv

One block per call, lines of tab-separated fields; text fields escape backslash, tab, CR and LF as
\\\\, \\t, \\r and \\n:

    case <TAB> id <TAB> function                   loadtxt, genfromtxt or savetxt
    opt <TAB> keyword <TAB> value                  one per keyword argument NumPy got (text, or a list as 0,2)
    text <TAB> escaped text                        the file read (loadtxt, genfromtxt) or the bytes savetxt wrote
    in <TAB> shape <TAB> dtype <TAB> values        savetxt's array
    out <TAB> shape <TAB> dtype <TAB> values       what NumPy read
    error <TAB> message                            instead, for a file or call NumPy rejects

Values are C order, space-separated, floats as repr (exact).
"""

import io
import sys
import warnings

import numpy as np
from case_table import fmt


def esc(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n")


out = open(sys.argv[1], "w")


def options(kw):
    for k, v in kw.items():
        if isinstance(v, (list, tuple)):
            v = ",".join(str(x) for x in v)
        out.write("opt\t%s\t%s\n" % (k, esc(str(v))))


def read(id, function, text, **kw):
    out.write("case\t%s\t%s\n" % (id, function))
    options(kw)
    out.write("text\t%s\n" % esc(text))
    f = np.loadtxt if function == "loadtxt" else np.genfromtxt
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            a = f(io.StringIO(text), **kw)
        out.write("out\t%s\n" % fmt(a))
    except Exception as e:  # noqa: BLE001 - the message is the fixture
        out.write("error\t%s\n" % esc(str(e)))


def save(id, array, **kw):
    out.write("case\t%s\tsavetxt\n" % id)
    options(kw)
    out.write("in\t%s\n" % fmt(array))
    buffer = io.BytesIO()
    try:
        np.savetxt(buffer, array, **kw)
        out.write("text\t%s\n" % esc(buffer.getvalue().decode("latin-1")))
    except Exception as e:  # noqa: BLE001
        out.write("error\t%s\n" % esc(str(e)))


TABLE = "1 2.5 3\n4 -5e-1 6\n"
read("load_whitespace", "loadtxt", TABLE)
read("load_runs_of_whitespace", "loadtxt", "  1\t 2   3\n4 5\t\t6  \n")
read("load_csv", "loadtxt", "1,2,3\n4,5,6\n", delimiter=",")
read("load_csv_spaces_around", "loadtxt", "1 , 2,3 \n 4,5 ,6\n", delimiter=",")
read("load_semicolon", "loadtxt", "1;2\n3;4\n", delimiter=";")
read("load_tab", "loadtxt", "1\t2\n3\t4\n", delimiter="\t")
read("load_comments_hash", "loadtxt", "# a header\n1 2 # trailing\n# between\n3 4\n")
read("load_comments_percent", "loadtxt", "% matlab style\n1 2 % note\n3 4\n", comments="%")
read("load_comments_two_chars", "loadtxt", "// c style\n1,2 // note\n3,4\n", delimiter=",", comments="//")
read("load_hash_not_comment", "loadtxt", "1 2\n3 4\n", comments="%")
read("load_skiprows", "loadtxt", "x y z\n1 2 3\n4 5 6\n", skiprows=1)
read("load_skiprows_counts_comments", "loadtxt", "# c\nx y\n1 2\n", skiprows=2)
read("load_skiprows_csv_header", "loadtxt", "a,b,c\n1,2,3\n4,5,6\n7,8,9\n", delimiter=",", skiprows=1)
read("load_usecols", "loadtxt", "1 2 3\n4 5 6\n", usecols=[0, 2])
read("load_usecols_negative", "loadtxt", "1 2 3\n4 5 6\n", usecols=[-1, 0])
read("load_usecols_one", "loadtxt", "1 2 3\n4 5 6\n", usecols=[1])
read("load_max_rows", "loadtxt", "1 2\n3 4\n5 6\n", max_rows=2)
read("load_int64", "loadtxt", "1 -2\n3 4\n", dtype="int64")
read("load_int32", "loadtxt", "1,-2\n2147483647,4\n", delimiter=",", dtype="int32")
read("load_float32", "loadtxt", "0.1 2.5\n1e-3 4\n", dtype="float32")
read("load_one_row", "loadtxt", "1 2 3\n")
read("load_one_column", "loadtxt", "1\n2\n3\n")
read("load_one_value", "loadtxt", "7\n")
read("load_ndmin2_one_row", "loadtxt", "1 2 3\n", ndmin=2)
read("load_ndmin2_one_column", "loadtxt", "1\n2\n", ndmin=2)
read("load_one_value_ndmin1", "loadtxt", "7\n", ndmin=1)
read("load_nothing", "loadtxt", "# only a comment\n")
read("load_nothing_ndmin2", "loadtxt", "\n", ndmin=2)
read("load_blank_lines", "loadtxt", "\n1 2\n\n   \n3 4\n\n")
read("load_special_values", "loadtxt", "nan inf -inf\n.5 1e3 +2\n-0.0 1E-310 Infinity\n")
read("load_crlf", "loadtxt", "1,2\r\n3,4\r\n", delimiter=",")
read("load_no_final_newline", "loadtxt", "1 2\n3 4")
read("load_err_ragged", "loadtxt", "1 2 3\n4 5\n")
read("load_err_ragged_later", "loadtxt", "1,2\n3,4\n5,6,7\n", delimiter=",")
read("load_err_not_a_number", "loadtxt", "1 2\n3 x\n")
read("load_err_int_of_float", "loadtxt", "1 2.5\n", dtype="int64")
read("load_err_empty_field", "loadtxt", "1,,3\n", delimiter=",")
read("load_err_usecols_out_of_range", "loadtxt", "1 2\n3 4\n", usecols=[5])

read("gen_missing_middle", "genfromtxt", "1,,3\n4,5,6\n", delimiter=",")
read("gen_missing_ends", "genfromtxt", ",2,3\n4,5,\n", delimiter=",")
read("gen_missing_spaces", "genfromtxt", "1, ,3\n4,5,6\n", delimiter=",")
read("gen_unreadable", "genfromtxt", "1,abc,3\n4,5,nan\n", delimiter=",")
read("gen_whitespace", "genfromtxt", "1 2 3\n4 5 6\n")
read("gen_skip_header", "genfromtxt", "a,b\n1,\n,4\n", delimiter=",", skip_header=1)
read("gen_comments", "genfromtxt", "# c\n1,2 # x\n,4\n", delimiter=",")
read("gen_comments_percent", "genfromtxt", "% c\n1;2\n;4 % x\n", delimiter=";", comments="%")
read("gen_usecols", "genfromtxt", "1,,3\n4,5,\n", delimiter=",", usecols=[1, 2])
read("gen_max_rows", "genfromtxt", "1,2\n,4\n5,6\n", delimiter=",", max_rows=2)
read("gen_one_row", "genfromtxt", "1,,3\n", delimiter=",")
read("gen_err_ragged", "genfromtxt", "1,2,3\n4,5,6\n7,8\n", delimiter=",")

M = np.array([[0.1, -2.5, 1e300], [np.nan, np.inf, -np.inf], [-0.0, 5e-324, 123456789.0]])
save("save_default", M)
save("save_csv", M, delimiter=",")
save("save_fmt_fixed", M[:1], fmt="%.3f")
save("save_fmt_per_column", np.array([[1.0, 2.0], [3.5, 4.25]]), fmt="%d %.2f")  # a row format (the Java API has no list form)
save("save_fmt_g", np.array([[0.125, 2.5e-7, 1e20]]), fmt="%g")
save("save_int_default", np.array([[1, -2], [3, 4]], dtype=np.int64))
save("save_int_d", np.array([[1, -2], [3, 4]], dtype=np.int64), fmt="%d", delimiter="\t")
save("save_float32", np.array([0.1, 1.5], dtype=np.float32))
save("save_1d", np.array([1.0, 2.0, 3.0]))
save("save_header_footer", np.array([[1.0, 2.0]]), header="x y\nsecond", footer="end")
save("save_custom_comments", np.array([[1.0, 2.0]]), header="x,y", comments="// ", delimiter=",")
save("save_newline", np.array([[1.0], [2.0]]), newline="\r\n", fmt="%.1f")
save("save_empty_rows", np.zeros((0, 3)))
save("save_err_3d", np.zeros((2, 2, 2)))
out.close()
