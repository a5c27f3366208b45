"""Fashion-MNIST from wherever it is: IDX .gz files, the seed's CSV format, or torchvision.

Images are kept as one uint8 tensor (N, 28, 28) and labels as one int64 tensor (N,). Training
batches are index slices of those tensors and augmentation works on whole batches, so no
per-sample Python code runs in the training loop.
"""
from __future__ import annotations

import csv
import gzip
import hashlib
import io
import os
import re
import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch

from .config import IMAGE_SIZE, NUM_CLASSES, PIXEL_MEAN, PIXEL_STD
from .errors import FashionError

DEBIAN_DIR = Path("/usr/share/datasets/fashion-mnist")  # apt-get install dataset-fashion-mnist
LOCAL_DIR = Path("data")                                 # ./data/, also torchvision's download target
IDX_NAMES = {
    "train": ("train-images-idx3-ubyte", "train-labels-idx1-ubyte"),
    "test": ("t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"),
}
PIXELS = IMAGE_SIZE * IMAGE_SIZE
CACHE_DIR = Path(os.environ.get("FASHION_CACHE", Path.home() / ".cache" / "fashion-lab"))
PICKLE_SUFFIXES = (".pt", ".pth", ".pkl", ".pickle", ".ckpt", ".bin")


@dataclass
class Source:
    """Where the data comes from: a folder of IDX files or a CSV file, and how it was chosen."""

    kind: str      # "idx" or "csv"
    path: Path
    origin: str    # "--data", "FASHION_DATA", "./data", "Debian package", "torchvision download"

    def describe(self) -> str:
        return f"{self.kind.upper()} at {self.path} (from {self.origin})"


@dataclass
class Dataset:
    """Images and (optional) labels with a name for messages; what every source loads into."""
    images: torch.Tensor               # (N, 28, 28) uint8, garment light on dark
    labels: torch.Tensor | None        # (N,) int64 in 0..9, None for an unlabelled CSV
    name: str                          # e.g. "train", "test", "upload.csv"

    def __len__(self) -> int:
        return len(self.images)

    def subset(self, indices: torch.Tensor, name: str) -> "Dataset":
        labels = None if self.labels is None else self.labels[indices]
        return Dataset(self.images[indices], labels, name)


# ----------------------------------------------------------------------------------------------
# Finding the data

def _idx_folder(folder: Path) -> Path | None:
    """The folder holding the training IDX files: `folder` itself or torchvision's layout in it."""
    for candidate in (folder, folder / "FashionMNIST" / "raw", folder / "fashion-mnist"):
        images, labels = IDX_NAMES["train"]
        if _find_idx_file(candidate, images) and _find_idx_file(candidate, labels):
            return candidate
    return None


def _find_idx_file(folder: Path, stem: str) -> Path | None:
    for name in (stem + ".gz", stem):
        if (folder / name).is_file():
            return folder / name
    return None


def resolve_source(data: str | os.PathLike | None = None, download: bool = True) -> Source:
    """First found wins: --data, FASHION_DATA, ./data/, the Debian package, torchvision download."""
    explicit, origin = (data, "--data") if data else (os.environ.get("FASHION_DATA"), "FASHION_DATA")
    if explicit:
        return _explicit_source(Path(explicit), origin)
    for folder, origin in ((LOCAL_DIR, "./data"), (DEBIAN_DIR, "Debian package")):
        found = _idx_folder(folder)
        if found:
            return Source("idx", found, origin)
    if download:
        return _download_with_torchvision()
    raise FashionError(_no_data_message())


def _explicit_source(path: Path, origin: str) -> Source:
    if not path.exists():
        raise FashionError(f"{origin}: {path} does not exist")
    if path.is_dir():
        found = _idx_folder(path)
        if not found:
            raise FashionError(f"{origin}: folder {path} holds no Fashion-MNIST IDX files "
                               f"(expected {IDX_NAMES['train'][0]}.gz and {IDX_NAMES['train'][1]}.gz)")
        return Source("idx", found, origin)
    refuse_pickle(path)
    return Source("csv", path, origin)


def _download_with_torchvision() -> Source:
    try:
        from torchvision.datasets import FashionMNIST

        FashionMNIST(root=str(LOCAL_DIR), train=True, download=True)
        FashionMNIST(root=str(LOCAL_DIR), train=False, download=True)
    except Exception as error:  # no network, proxy, disk full: all mean "no data here"
        raise FashionError(_no_data_message(f"torchvision download failed: {error}")) from None
    return Source("idx", LOCAL_DIR / "FashionMNIST" / "raw", "torchvision download")


def _no_data_message(extra: str = "") -> str:
    options = ("no Fashion-MNIST data found. Give a CSV or IDX folder with --data PATH or "
               "FASHION_DATA=PATH, put the IDX .gz files in ./data/, run "
               "'apt-get install dataset-fashion-mnist', or connect to the internet for "
               "torchvision's download")
    return f"{options} ({extra})" if extra else options


def refuse_pickle(path: Path) -> None:
    """Pickle files can run code when loaded: name them and refuse, without opening them."""
    head = path.open("rb").read(4) if path.is_file() else b""
    if path.suffix.lower() in PICKLE_SUFFIXES or head.startswith(b"PK\x03\x04") or head[:1] == b"\x80":
        raise FashionError(f"{path}: looks like a pickle/PyTorch file; refusing to load it "
                           "(unpickling can run arbitrary code). Use a run folder with "
                           "model.safetensors instead")


# ----------------------------------------------------------------------------------------------
# Loading, with a small on-disk cache of decoded arrays

def load_split(source: Source, split: str) -> Dataset:
    """The 60k training images ("train") or the official 10k test images ("test")."""
    if source.kind == "csv":
        if split != "train":
            raise FashionError(f"the CSV source {source.path} has no separate test set; evaluate "
                               "on a test CSV with 'python -m fashion evaluate --csv FILE'")
        dataset = load_csv(source.path)
        if dataset.labels is None:
            raise FashionError(f"{source.path}: training data needs a label column "
                               "(785 columns: label,pixel1..pixel784)")
        return Dataset(dataset.images, dataset.labels, split)
    images_name, labels_name = IDX_NAMES[split]
    images_path = _find_idx_file(source.path, images_name)
    labels_path = _find_idx_file(source.path, labels_name)
    if not images_path or not labels_path:
        raise FashionError(f"{source.path} lacks the {split} IDX files ({images_name}.gz, {labels_name}.gz)")
    images = _cached(images_path, lambda: read_idx(images_path, expected_dims=3))
    labels = _cached(labels_path, lambda: read_idx(labels_path, expected_dims=1))
    if len(images) != len(labels):
        raise FashionError(f"{images_path} has {len(images)} images but {labels_path} has {len(labels)} labels")
    if labels.max(initial=0) >= NUM_CLASSES:
        raise FashionError(f"{labels_path}: label {labels.max()} is outside 0-9")
    return Dataset(torch.from_numpy(images), torch.from_numpy(labels.astype(np.int64)), split)


def _cached(path: Path, decode) -> np.ndarray:
    """Decode once; later loads read a .npy keyed by the file's path, size and mtime."""
    stat = path.stat()
    key = hashlib.sha1(f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}".encode()).hexdigest()
    cache_file = CACHE_DIR / f"{key[:20]}.npy"
    try:
        return np.load(cache_file, allow_pickle=False)
    except (OSError, ValueError):
        pass
    array = decode()
    try:
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        temp = cache_file.with_suffix(f".{os.getpid()}.tmp")
        with temp.open("wb") as handle:
            np.save(handle, array, allow_pickle=False)
        os.replace(temp, cache_file)
    except OSError:
        pass  # a read-only home just means no cache
    return array


def read_idx(path: Path, expected_dims: int) -> np.ndarray:
    """Parse an IDX file (gzipped or not) of unsigned bytes, checking magic number and sizes."""
    try:
        raw = gzip.open(path).read() if _is_gzip(path) else path.read_bytes()
    except (OSError, EOFError, gzip.BadGzipFile) as error:
        raise FashionError(f"{path}: not a readable gzip file ({error})") from None
    if len(raw) < 4 or raw[0:2] != b"\x00\x00" or raw[2] != 0x08 or raw[3] != expected_dims:
        raise FashionError(f"{path}: not an IDX file of unsigned bytes with {expected_dims} "
                           f"dimension(s) (magic bytes {raw[:4].hex() or 'missing'})")
    header_end = 4 + 4 * expected_dims
    if len(raw) < header_end:
        raise FashionError(f"{path}: IDX header is truncated")
    dims = struct.unpack(f">{expected_dims}I", raw[4:header_end])
    if expected_dims == 3 and dims[1:] != (IMAGE_SIZE, IMAGE_SIZE):
        raise FashionError(f"{path}: images are {dims[1]}x{dims[2]}, expected 28x28")
    count = int(np.prod(dims))
    if len(raw) - header_end != count:
        raise FashionError(f"{path}: expected {count} data bytes for shape {dims}, "
                           f"found {len(raw) - header_end} (truncated or corrupt)")
    return np.frombuffer(raw, dtype=np.uint8, offset=header_end).reshape(dims).copy()


def _is_gzip(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(2) == b"\x1f\x8b"


# ----------------------------------------------------------------------------------------------
# The seed's CSV format: label,pixel1..pixel784 (header optional; no label column = unlabelled)

def load_csv(path: str | os.PathLike) -> Dataset:
    """A CSV in the seed's format (label,pixel1..pixel784, or pixels only) from disk; one line if not."""
    path = Path(path)
    if not path.is_file():
        raise FashionError(f"{path}: no such file")
    try:
        refuse_pickle(path)
        array = _cached(path, lambda: parse_csv(path.read_bytes(), path.name))
    except OSError as error:
        raise FashionError(f"{path}: cannot read ({error.strerror or error})") from None
    return csv_dataset(array, path.name)


def csv_dataset(array: np.ndarray, name: str) -> Dataset:
    """parse_csv's array as a dataset: with 785 columns the first is the label, with 784 none is."""
    if array.shape[1] == PIXELS + 1:
        labels = torch.from_numpy(array[:, 0].astype(np.int64))
        images = array[:, 1:]
    else:
        labels, images = None, array
    images = torch.from_numpy(np.ascontiguousarray(images, dtype=np.uint8).reshape(-1, IMAGE_SIZE, IMAGE_SIZE))
    return Dataset(images, labels, name)


def parse_csv(data: bytes, name: str = "CSV") -> np.ndarray:
    """Parse CSV bytes into an (N, 785) or (N, 784) int16 array, or raise one precise FashionError.

    The fast path is pyarrow's multithreaded reader; anything it rejects is re-read by a plain
    row-by-row parser whose job is to name the first bad row, column and value. Rows are counted
    as a text editor counts lines (blank lines included); a UTF-8 BOM, CRLF or CR line ends,
    quoted cells and blank lines are fine.
    """
    data = bytes(data)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # UTF-8 byte order mark
    content_start = re.search(rb"\S", data)
    if content_start is None:
        raise FashionError(f"{name}: file is empty")
    if b"\x00" in data[:4096] or data[:2] == b"\x1f\x8b":
        raise FashionError(f"{name}: not a text CSV file (binary data)")
    # Blank lines before the first row are skipped; they still count for row numbers.
    body_start = max(data.rfind(b"\n", 0, content_start.start()), data.rfind(b"\r", 0, content_start.start())) + 1
    lines_before = _count_line_breaks(data[:body_start])
    body = data[body_start:]
    line_end = re.search(rb"[\r\n]", body)
    first_line = body[:line_end.start() if line_end else None].decode("utf-8", errors="replace")
    first_fields = _split_line(first_line)
    has_header = _looks_like_header(first_fields)
    columns = len(first_fields)
    if columns not in (PIXELS, PIXELS + 1):
        where = "header" if has_header else f"row {lines_before + 1}"
        raise FashionError(f"{name}: {where} has {_plural(columns, 'column')}; expected {PIXELS + 1} "
                           f"(label,pixel1..pixel{PIXELS}) or {PIXELS} (pixels only)"
                           f"{_trailing_comma_hint(first_fields)}")
    array = _parse_fast(body, columns, has_header)
    if array is not None:
        def line_of(index: int) -> int:
            return _data_row_lines(body, has_header, lines_before, upto=index)[index]
    else:
        array, lines = _parse_slow(body, name, columns, has_header, lines_before)
        line_of = lines.__getitem__
    if len(array) == 0:
        raise FashionError(f"{name}: has a header but no data rows")
    _check_ranges(array, name, line_of)
    return array


def csv_text(dataset: Dataset, header: bool = True) -> str:
    """A dataset in the seed's CSV format (label,pixel1..pixel784; no label column if unlabelled)."""
    flat = dataset.images.reshape(len(dataset), -1).numpy().astype(np.int64)
    columns = [f"pixel{i}" for i in range(1, PIXELS + 1)]
    if dataset.labels is not None:
        flat = np.concatenate([dataset.labels.numpy()[:, None], flat], axis=1)
        columns = ["label", *columns]
    buffer = io.StringIO()
    if header:
        buffer.write(",".join(columns) + "\n")
    np.savetxt(buffer, flat, fmt="%d", delimiter=",")
    return buffer.getvalue()


def save_csv(path: str | os.PathLike, dataset: Dataset, header: bool = True) -> Path:
    """Write a dataset in the seed's CSV format (label,pixel1..pixel784; no label column if unlabelled)."""
    path = Path(path)
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temp.write_text(csv_text(dataset, header))
    os.replace(temp, path)
    return path


NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?", re.ASCII)
NON_FINITE = re.compile(r"[+-]?(?:nan|inf|infinity)", re.IGNORECASE)


def _is_number(text: str) -> bool:
    """A plain decimal number (as a spreadsheet writes one), NaN and infinities included."""
    text = text.strip()
    return bool(NUMBER.fullmatch(text) or NON_FINITE.fullmatch(text))


def _count_line_breaks(data: bytes) -> int:
    return data.count(b"\n") + data.count(b"\r") - data.count(b"\r\n")


def _split_line(line: str) -> list[str]:
    """The cells of one CSV line (quotes removed)."""
    try:
        return next(csv.reader([line]), [""])
    except csv.Error:
        return line.split(",")


def _looks_like_header(fields: list[str]) -> bool:
    """Mostly words (label,pixel1,...), or column numbers 0..N-1 / 1..N as pandas writes them."""
    words = sum(not _is_number(field) for field in fields)
    if words * 2 > len(fields):
        return True
    stripped = [field.strip() for field in fields]
    if stripped[-1] == "" and len(stripped) > 1:
        stripped = stripped[:-1]  # a trailing comma
    if len(stripped) in (PIXELS, PIXELS + 1) and all(field.isdigit() and len(field) < 6 for field in stripped):
        numbers = [int(field) for field in stripped]
        first = numbers[0]
        return first in (0, 1) and numbers == list(range(first, first + len(numbers)))
    return False


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _trailing_comma_hint(fields: list[str]) -> str:
    if len(fields) - 1 in (PIXELS, PIXELS + 1) and not fields[-1].strip():
        return " (the last one is empty: a trailing comma?)"
    if len(fields) == 1 and (";" in fields[0] or "\t" in fields[0]):
        return " (cells must be separated by commas)"
    return ""


def _show(cell: str) -> str:
    """A cell for an error message: quoted, and short even if the cell is not."""
    return repr(cell if len(cell) <= 24 else cell[:20] + "...")


def _parse_fast(data: bytes, columns: int, has_header: bool) -> np.ndarray | None:
    """pyarrow's reader: integers, else decimals that are whole numbers (7.0, 1e2); None if the
    file needs the slow parser (which names the first bad row, column and value)."""
    header_end = re.search(rb"[\r\n]", data) if has_header else None
    if re.search(rb"[xX]", data[header_end.end() if header_end else 0:]):
        return None  # pyarrow reads 0x10 as 16 and 0xFFFF as -1: not a number here
    for kind in ("int16", "float64"):
        array = _read_arrow(data, columns, has_header, kind)
        if array is None:
            continue
        if kind == "int16":
            return array
        with np.errstate(invalid="ignore"):
            whole = np.isfinite(array).all() and (array == np.round(array)).all() and (np.abs(array) <= 32767).all()
        return array.astype(np.int16) if whole else None
    return None


def _read_arrow(data: bytes, columns: int, has_header: bool, kind: str) -> np.ndarray | None:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    names = [f"c{i}" for i in range(columns)]
    try:
        table = pacsv.read_csv(
            pa.py_buffer(data),
            read_options=pacsv.ReadOptions(column_names=names, skip_rows=1 if has_header else 0,
                                           block_size=1 << 22),
            convert_options=pacsv.ConvertOptions(column_types={n: getattr(pa, kind)() for n in names}),
        )
    except (pa.ArrowException, ValueError, UnicodeDecodeError):
        return None  # the slow parser says what is wrong
    if any(column.null_count for column in table.columns):
        return None  # empty cells or NaN: let the slow parser name the first one
    array = np.empty((table.num_rows, columns), dtype=kind)
    row = 0
    for batch in table.to_batches():
        for index, column in enumerate(batch.columns):
            array[row:row + batch.num_rows, index] = column.to_numpy(zero_copy_only=False)
        row += batch.num_rows
    return array


def _records(body: bytes, lines_before: int, name: str = "CSV", strict: bool = True):
    """(line number, cells) for each non-blank CSV record; CR, LF and CRLF all end a line."""
    text = body.decode("utf-8", errors="strict" if strict else "replace")
    reader = csv.reader(io.StringIO(text, newline=None))
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:  # e.g. an unclosed quote running into a huge field
            raise FashionError(f"{name}: row {reader.line_num + lines_before}: unreadable CSV ({error})") from None
        if not row or (len(row) == 1 and not row[0].strip()):
            continue  # blank lines carry no data
        yield reader.line_num + lines_before, row


def _data_row_lines(body: bytes, has_header: bool, lines_before: int, upto: int) -> list[int]:
    """Line numbers of the first upto+1 data rows (only needed for an error message)."""
    lines = []
    try:
        for line, _ in _records(body, lines_before, strict=False):
            lines.append(line)
            if len(lines) > upto + has_header:
                break
    except FashionError:
        pass
    lines = lines[1:] if has_header else lines
    first = lines[-1] + 1 if lines else lines_before + 1 + has_header
    return lines + [first + i for i in range(upto + 1 - len(lines))]  # never short


def _parse_slow(data: bytes, name: str, columns: int, has_header: bool,
                lines_before: int = 0) -> tuple[np.ndarray, list[int]]:
    """Row by row, stopping at the first problem: (array, line number of each row)."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = lines_before + _count_line_breaks(data[:error.start]) + 1
        raise FashionError(f"{name}: not a UTF-8 text CSV file (row {line} has byte "
                           f"0x{data[error.start]:02x})") from None
    rows, lines = [], []
    for line, row in _records(data, lines_before, name):
        if has_header:
            has_header = False  # the first record is the header
            continue
        if len(row) != columns:
            raise FashionError(f"{name}: row {line} has {_plural(len(row), 'column')}, expected {columns}"
                               f"{_trailing_comma_hint(row)}")
        rows.append(_row_values(row, name, line, columns))
        lines.append(line)
    return np.array(rows, dtype=np.int16).reshape(-1, columns), lines


PLAIN_NUMBER_CHARS = frozenset("0123456789+-.eE \t")


def _row_values(row: list[str], name: str, line: int, columns: int) -> np.ndarray:
    """One row's integers: numpy converts a row of plain numbers at once; a row with anything
    else goes cell by cell to name the first bad one."""
    if PLAIN_NUMBER_CHARS.issuperset("".join(row)):
        try:
            values = np.asarray(row, dtype=np.float64)
        except ValueError:
            values = None  # e.g. '1e' or '--1': named below
        if values is not None and (np.abs(values) <= 32767).all() and (values == np.round(values)).all():
            return values.astype(np.int16)
    return np.array([_cell_value(cell, name, line, index, columns) for index, cell in enumerate(row)],
                    dtype=np.int16)


def _column_name(index: int, columns: int) -> str:
    if columns == PIXELS + 1:
        return "label" if index == 0 else f"pixel{index}"
    return f"pixel{index + 1}"


def _cell_value(cell: str, name: str, row: int, column: int, columns: int) -> int:
    where = f"{name}: row {row}, column {column + 1} ({_column_name(column, columns)})"
    is_label = columns == PIXELS + 1 and column == 0
    text = cell.strip()
    if NON_FINITE.fullmatch(text):
        raise FashionError(f"{where}: {_show(cell)} is not a finite number")
    if not NUMBER.fullmatch(text):
        raise FashionError(f"{where}: {_show(cell)} is not a number")
    number = float(text)
    if not np.isfinite(number):  # 1e999
        raise FashionError(f"{where}: {_show(cell)} is out of range")
    if number != int(number):
        raise FashionError(f"{where}: {_show(cell)} is not an integer")
    if not -32768 <= number <= 32767:
        allowed = "is not a class 0-9" if is_label else "is outside 0-255"
        raise FashionError(f"{where}: {_show(cell)} {allowed}")
    return int(number)


def _check_ranges(array: np.ndarray, name: str, line_of) -> None:
    """Labels 0-9 and pixels 0-255; line_of(i) is the line number of data row i."""
    columns = array.shape[1]
    pixels = array[:, 1:] if columns == PIXELS + 1 else array
    if columns == PIXELS + 1:
        bad = np.flatnonzero((array[:, 0] < 0) | (array[:, 0] >= NUM_CLASSES))
        if bad.size:
            raise FashionError(f"{name}: row {line_of(int(bad[0]))}, column 1 (label): "
                               f"{array[bad[0], 0]} is not a class 0-9")
    bad = np.argwhere((pixels < 0) | (pixels > 255))
    if bad.size:
        row, column = (int(v) for v in bad[0])
        offset = 1 if columns == PIXELS + 1 else 0
        raise FashionError(f"{name}: row {line_of(row)}, column {column + offset + 1} "
                           f"(pixel{column + 1}): {pixels[row, column]} is outside 0-255")


# ----------------------------------------------------------------------------------------------
# Train/validation split and batched tensors

def split_train_val(labels: torch.Tensor, val_fraction: float = 0.2, seed: int = 0) -> tuple[torch.Tensor, torch.Tensor]:
    """A stratified split fixed by `seed`: every run with the same seed validates on the same images."""
    rng = np.random.RandomState(seed)
    labels_np = labels.numpy()
    train_parts, val_parts = [], []
    for label in range(NUM_CLASSES):
        members = np.flatnonzero(labels_np == label)
        rng.shuffle(members)
        n_val = int(round(len(members) * val_fraction))
        val_parts.append(members[:n_val])
        train_parts.append(members[n_val:])
    train_idx = np.sort(np.concatenate(train_parts))
    val_idx = np.sort(np.concatenate(val_parts))
    return torch.from_numpy(train_idx), torch.from_numpy(val_idx)


def to_input(images: torch.Tensor) -> torch.Tensor:
    """uint8 (B, 28, 28) -> normalised float (B, 1, 28, 28): the one conversion every path uses."""
    return ((images.float() / 255.0 - PIXEL_MEAN) / PIXEL_STD).unsqueeze(1)


def augment(images: torch.Tensor, generator: torch.Generator, pad: int = 4) -> torch.Tensor:
    """The seed's RandomCrop(28, padding=4) + RandomHorizontalFlip, on a whole uint8 batch at once."""
    batch, height, width = images.shape
    device = images.device
    padded = torch.zeros((batch, height + 2 * pad, width + 2 * pad), dtype=images.dtype, device=device)
    padded[:, pad:pad + height, pad:pad + width] = images
    dy = torch.randint(0, 2 * pad + 1, (batch,), generator=generator, device=device)
    dx = torch.randint(0, 2 * pad + 1, (batch,), generator=generator, device=device)
    flip = torch.rand(batch, generator=generator, device=device) < 0.5
    rows = dy[:, None] + torch.arange(height, device=device)[None, :]
    cols = dx[:, None] + torch.arange(width, device=device)[None, :]
    # Mirroring the column index is the same as flipping the cropped image.
    cols = torch.where(flip[:, None], cols.flip(1), cols)
    batch_index = torch.arange(batch, device=device)[:, None, None]
    return padded[batch_index, rows[:, :, None], cols[:, None, :]]
