"""(being written) Extraction-quality evaluation."""


def main(truth, baseline, record=False, verbose=True, echo=print) -> int:
    raise NotImplementedError
