"""(being written) Datasette publishing."""


def serve(db, host: str = "127.0.0.1", port: int = 8001) -> None:
    raise NotImplementedError
