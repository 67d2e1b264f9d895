"""tailorcore on a Dask cluster (docs/distributed.md): one resume against postings spread over
index shards or the partitions of a Dask bag, ranked on the workers with the C++ batch path,
the best k merged exactly.

    >>> import tailorcore.dask
    >>> from dask.distributed import Client
    >>> client = Client("tcp://scheduler:8786")          # or none: Dask's default scheduler
    >>> shards = tailorcore.dask.build_index(bag, "/shared/jobs", shards=8)
    >>> best = tailorcore.dask.rank(resume_text, shards, top_k=20)

Needs Dask (Debian: python3-dask, python3-distributed); importing this module without it raises
ImportError. The results equal Engine.rank over the same postings in the same order: the same
ids, scores and order, each result's index its position among all postings.
"""
import os as _os

import dask as _dask
import dask.bag as _bag

import tailorcore as _tc

__all__ = ["rank", "build_index"]


def _resume_text(resume):
    if isinstance(resume, _tc.Resume):
        raise TypeError("tailorcore.dask.rank takes the resume's text (str) or a document's bytes "
                        "or path, not an analyzed Resume (it cannot travel to the workers)")
    if isinstance(resume, _os.PathLike):
        with open(resume, "rb") as f:
            return f.read()
    return resume


def _rank_shard(engine, resume, path, top_k, threads):
    """One index shard: (its number of postings, its best top_k with indexes in the shard)."""
    index = _tc.Index.open(path, engine)
    return len(index), engine.rank(resume, index, top_k=top_k, threads=threads)


def _rank_partition(items, engine, resume, top_k, threads):
    """One partition of a bag: [(its number of postings, its best top_k)]; results of postings
    that gave no id get id None (the merge gives them their position among all postings)."""
    items = list(items)
    results = engine.rank(resume, items, top_k=top_k, threads=threads)
    for r in results:
        item = items[r.index]
        if not (isinstance(item, dict) and "id" in item):
            r.id = None
    return [(len(items), results)]


def _merge(parts, top_k):
    """The parts' results with indexes among all postings, the best top_k (ties: earlier)."""
    merged = []
    offset = 0
    for count, results in parts:
        for r in results:
            r.index += offset
            if r.id is None:
                r.id = r.index
            merged.append(r)
        offset += count
    merged.sort(key=lambda r: (-r.score, r.index))
    return merged if top_k is None else merged[:top_k]


def rank(resume, postings, top_k=10, engine=None, threads=1) -> list:
    """Ranks postings for one resume on the current Dask client (or Dask's default scheduler).

    resume: its text (str), or a document's bytes or path (read on the workers).
    postings: a list of index directories (shards, in order: Index.build or build_index), which
        every worker must be able to open at that path; or a dask.bag.Bag of postings (str, or
        dicts with "text" and optional "id" and "title"), partitions in order.
    top_k: the best k (None: every result, by score). engine: the Engine (None: the default);
        it pickles with its lexicon files, and each worker process builds it once.
    threads: C++ threads per task (Dask runs tasks in parallel already).
    Returns RankResult objects, as Engine.rank over all the postings in order returns them with
    the same top_k (the same ids, scores, order and indexes); with top_k=None every result, by
    score (where Engine.rank's None keeps input order).
    """
    if top_k is not None and (not isinstance(top_k, int) or top_k < 0):
        raise ValueError("top_k must be None or an int >= 0")
    engine = engine or _tc._default_engine()
    resume = _resume_text(resume)
    k = top_k or None
    if isinstance(postings, _bag.Bag):
        parts = postings.map_partitions(_rank_partition, engine, resume, k, threads).compute()
    elif isinstance(postings, (list, tuple)) and all(
            isinstance(p, (str, _os.PathLike)) for p in postings):
        tasks = [_dask.delayed(_rank_shard)(engine, resume, _os.fspath(p), k, threads)
                 for p in postings]
        parts = list(_dask.compute(*tasks))
    else:
        raise TypeError("postings must be a dask.bag.Bag of postings or a list of index paths")
    return _merge(parts, k)


def _build_shard(items, path, engine, threads, fields):
    """Builds one shard; a partition left empty (a filtered bag) builds none: returns 0."""
    items = list(items)
    if not items:
        return 0
    index = _tc.Index.build(path, items, engine=engine, threads=threads, fields=fields)
    return len(index)


def build_index(bag, directory, shards, engine=None, threads=1, fields=()) -> list:
    """Builds `shards` index shards of a bag's postings (str or dicts, as Index.build takes
    them), in order, on the workers: directory/shard-00000.idx, ... (the directory must be one
    every worker writes to and reads from at the same path). A shard the bag leaves empty (a
    filtered bag's partitions can be) is not written. Returns the paths of the shards written,
    in order, for rank(). Raises tailorcore.Error when the bag holds no posting, or what
    Index.build raises."""
    if not isinstance(shards, int) or shards < 1:
        raise ValueError("shards must be an int >= 1")
    engine = engine or _tc._default_engine()
    directory = _os.fspath(directory)
    _os.makedirs(directory, exist_ok=True)
    parts = bag.repartition(npartitions=shards).to_delayed()
    paths = [_os.path.join(directory, f"shard-{i:05d}.idx") for i in range(len(parts))]
    counts = _dask.compute(*[_dask.delayed(_build_shard)(part, path, engine, threads, list(fields))
                             for part, path in zip(parts, paths)])
    kept = [path for path, count in zip(paths, counts) if count > 0]
    if not kept:
        raise _tc.Error(f"{directory}: no posting to index; nothing was written")
    return kept
