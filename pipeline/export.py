"""(being written) CSV / JSON export."""


def export(db, out, formats=frozenset({"csv", "json"})) -> list:
    raise NotImplementedError
