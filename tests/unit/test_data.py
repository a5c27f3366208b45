import gzip

import pytest
import torch

from fashion.data import (augment, load_csv, load_split, parse_csv, read_idx, resolve_source,
                          split_train_val)
from fashion.errors import FashionError

from samples import write_seed_csv

HEADER = "label," + ",".join(f"pixel{i}" for i in range(1, 785))


def rows(n=3, label=1, value=7):
    return "\n".join(",".join([str(label)] + [str(value)] * 784) for _ in range(n))


def test_csv_round_trip_matches_idx(tmp_path, real_test):
    path = write_seed_csv(tmp_path / "t.csv", real_test.images[:300].numpy(), real_test.labels[:300].numpy())
    loaded = load_csv(path)
    assert torch.equal(loaded.images, real_test.images[:300])
    assert torch.equal(loaded.labels, real_test.labels[:300])


def test_csv_without_header_and_without_labels(tmp_path, real_test):
    images = real_test.images[:50].numpy()
    no_header = load_csv(write_seed_csv(tmp_path / "a.csv", images, real_test.labels[:50].numpy(), header=False))
    assert torch.equal(no_header.images, real_test.images[:50])
    unlabelled = load_csv(write_seed_csv(tmp_path / "b.csv", images))
    assert unlabelled.labels is None
    assert torch.equal(unlabelled.images, real_test.images[:50])


def test_csv_tolerates_crlf_bom_and_integral_floats():
    text = "\ufeff" + HEADER + "\r\n" + rows(2).replace(",7", ",7.0") + "\r\n\r\n"
    array = parse_csv(text.encode("utf-8"), "x.csv")
    assert array.shape == (2, 785)
    assert (array[:, 1:] == 7).all()


@pytest.mark.parametrize("text, expected", [
    ("", "file is empty"),
    ("\n\n  \n", "file is empty"),
    (HEADER + "\n", "header but no data rows"),
    ("1,2,3\n4,5,6\n", "row 1 has 3 columns"),
    (HEADER + "\n" + rows(2) + "\n1,2,3\n", "row 4 has 3 columns, expected 785"),
    (HEADER + "\n" + rows(1) + "\n" + rows(1).replace(",7", ",abc", 1), "row 3, column 2 (pixel1): 'abc' is not a number"),
    (HEADER + "\n" + rows(1).replace(",7", ",3.5", 1), "row 2, column 2 (pixel1): '3.5' is not an integer"),
    (HEADER + "\n" + rows(1).replace(",7", ",nan", 1), "'nan' is not a finite number"),
    (HEADER + "\n" + rows(1).replace(",7", ",", 1), "row 2, column 2 (pixel1): '' is not a number"),
    (HEADER + "\n" + rows(2) + "\n" + rows(1, value=256), "row 4, column 2 (pixel1): 256 is outside 0-255"),
    (HEADER + "\n" + rows(1, value=-1), "row 2, column 2 (pixel1): -1 is outside 0-255"),
    (HEADER + "\n" + rows(1, label=10), "row 2, column 1 (label): 10 is not a class 0-9"),
])
def test_bad_csv_gets_one_precise_line(text, expected):
    with pytest.raises(FashionError) as error:
        parse_csv(text.encode(), "bad.csv")
    message = str(error.value)
    assert expected in message and message.startswith("bad.csv") and "\n" not in message


@pytest.mark.parametrize("data, expected", [
    (bytes(range(256)) * 10, "binary"),
    (gzip.compress(b"1,2,3"), "binary"),
    ((HEADER + "\n").encode() + "é".encode("latin-1") + b",0" * 784 + b"\n", "UTF-8"),
])
def test_binary_garbage_is_refused(data, expected):
    with pytest.raises(FashionError, match=expected):
        parse_csv(data, "junk.csv")


def test_gzip_that_is_not_idx(tmp_path):
    path = tmp_path / "train-images-idx3-ubyte.gz"
    path.write_bytes(gzip.compress(b"hello, this is not an IDX file"))
    with pytest.raises(FashionError, match="not an IDX file"):
        read_idx(path, expected_dims=3)
    truncated = tmp_path / "short.gz"
    truncated.write_bytes(gzip.compress(b"\x00\x00\x08\x03" + (10).to_bytes(4, "big") + (28).to_bytes(4, "big") * 2 + b"\x00" * 100))
    with pytest.raises(FashionError, match="truncated or corrupt"):
        read_idx(truncated, expected_dims=3)


def test_sources_explicit_and_errors(tmp_path, monkeypatch, real_test):
    csv_path = write_seed_csv(tmp_path / "train.csv", real_test.images[:20].numpy(), real_test.labels[:20].numpy())
    monkeypatch.setenv("FASHION_DATA", str(csv_path))
    source = resolve_source()
    assert source.kind == "csv" and source.origin == "FASHION_DATA"
    assert len(load_split(source, "train")) == 20
    with pytest.raises(FashionError, match="no separate test set"):
        load_split(source, "test")
    with pytest.raises(FashionError, match="does not exist"):
        resolve_source(tmp_path / "missing")
    with pytest.raises(FashionError, match="holds no Fashion-MNIST IDX files"):
        resolve_source(tmp_path)


def test_real_split_is_stratified_fixed_and_disjoint(source):
    labels = load_split(source, "train").labels
    train_idx, val_idx = split_train_val(labels, 0.2, seed=0)
    assert len(train_idx) == 48000 and len(val_idx) == 12000
    assert not set(train_idx.tolist()) & set(val_idx.tolist())
    assert torch.bincount(labels[val_idx]).tolist() == [1200] * 10
    again, _ = split_train_val(labels, 0.2, seed=0)
    other, _ = split_train_val(labels, 0.2, seed=1)
    assert torch.equal(train_idx, again) and not torch.equal(train_idx, other)


def test_augment_is_crop_and_flip(real_test):
    images = real_test.images[:64]
    generator = torch.Generator().manual_seed(0)
    out = augment(images, generator)
    assert out.shape == images.shape and out.dtype == torch.uint8
    # A crop can only drop ink, never add it; with no padding only flips remain.
    assert (out.flatten(1).sum(1) <= images.flatten(1).long().sum(1)).all()
    flipped = augment(images, torch.Generator().manual_seed(1), pad=0)
    same = (flipped == images).flatten(1).all(1)
    mirrored = (flipped == images.flip(-1)).flatten(1).all(1)
    assert (same | mirrored).all() and same.any() and mirrored.any()


def test_decoded_arrays_are_cached(tmp_path, monkeypatch, real_test):
    import fashion.data as data

    monkeypatch.setattr(data, "CACHE_DIR", tmp_path / "cache")
    path = write_seed_csv(tmp_path / "c.csv", real_test.images[:10].numpy(), real_test.labels[:10].numpy())
    first = load_csv(path)
    assert len(list((tmp_path / "cache").glob("*.npy"))) == 1
    second = load_csv(path)
    assert torch.equal(first.images, second.images)
