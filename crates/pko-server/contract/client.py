"""A Python client generated from pko's OpenAPI document, used as a person
would use it against `pko serve`.

.ci/contract generates the client (openapi-python-client, pinned) from the
committed document, installs it, starts the server on loopback and runs:

    python client.py http://127.0.0.1:PORT WORKSPACE_ROOT

It exits non-zero, saying why, if the client cannot do any of these:
- send the UNMISS example to `assess` and read the verdict as the
  generated enumeration;
- send the joint UNMISS example to `joint` and read each participant's
  verdict and Japan's missing steps as generated models;
- rank the shipped IPI file for a month through the multipart endpoint;
- read a problem's `path` for a bad body.
"""

import datetime
import json
import pathlib
import sys

from pko_client import Client
from pko_client.api.contributions import rank
from pko_client.api.principles import assess, joint
from pko_client.models import (
    AssessRequest,
    Assessment,
    Contingent,
    JapanStep,
    JointAssessment,
    JointRequest,
    ProblemDetails,
    RankAnswer,
    RankFilesBody,
    Verdict,
)
from pko_client.types import File


def main(base_url: str, root: pathlib.Path) -> None:
    client = Client(base_url=base_url, raise_on_unexpected_status=True)

    # The UNMISS example, with the open reading the README's example sets.
    facts = json.loads(
        (root / "examples/data/proposal-unmiss-kaketsuke-keigo.json").read_text()
    )
    facts.pop("$schema", None)
    facts["assumptions"] = {"diet_approval_2015_tasks": "no"}
    answer = assess.sync(
        client=client,
        body=AssessRequest.from_dict(facts),
        as_of=datetime.date(2016, 11, 15),
    )
    assert isinstance(answer, Assessment), answer
    assert isinstance(answer.verdict, Verdict), type(answer.verdict)
    assert answer.verdict is Verdict.PERMITTED, answer.verdict
    assert answer.as_of == datetime.date(2016, 11, 15), answer.as_of
    print(f"assess: {answer.verdict.value} under {answer.regime}, "
          f"{len(answer.findings)} findings")

    # The joint engineering company under UNMISS, 2017 (hypothetical).
    joint_facts = json.loads(
        (root / "examples/data/joint-unmiss-2017.json").read_text()
    )
    joint_facts.pop("$schema", None)
    together = joint.sync(
        client=client,
        body=JointRequest.from_dict(joint_facts),
        as_of=datetime.date(2017, 6, 1),
    )
    assert isinstance(together, JointAssessment), together
    assert together.verdict is Verdict.UNDETERMINED, together.verdict
    assert [str(c) for c in together.may_go] == ["JPN", "KOR"], together.may_go
    verdicts = [p.verdict.value for p in together.partners]
    assert verdicts == ["permitted", "undetermined"], verdicts
    steps = [s.step for s in together.japan_missing_steps]
    assert steps == [JapanStep.CABINET_DECISION], steps
    print(f"joint: {together.verdict.value}, may go: {', '.join(map(str, together.may_go))}; "
          f"Japan still needs {steps[0].value}")

    # The IPI file, uploaded as a form.
    ipi = root / "crates/pko-contributions/data/ipi-gender-2009-2014.csv"
    with ipi.open("rb") as f:
        ranked = rank.sync(
            client=client,
            body=RankFilesBody(
                file=File(payload=f, file_name=ipi.name, mime_type="text/csv")
            ),
            month="2014-02",
            top=3,
        )
    assert isinstance(ranked, RankAnswer), ranked
    assert ranked.format_ == "ipi", ranked.format_
    assert ranked.rows == 29115, ranked.rows
    assert len(ranked.ranking) == 3, ranked.ranking
    assert ranked.ranking[0].rank == 1
    top = ", ".join(f"{r.rank}. {r.country} {r.total}" for r in ranked.ranking)
    print(f"rank: {ranked.rows} rows, February 2014: {top}")

    # A bad body: a contingent of no persons is a fault at its path.
    bad = AssessRequest(contingent=Contingent(size=-1))
    problem = assess.sync(client=client, body=bad, as_of=datetime.date(2016, 11, 15))
    assert isinstance(problem, ProblemDetails), problem
    assert problem.status == 400, problem
    assert problem.path == "contingent.size", problem.path
    print(f"problem: {problem.status} at `{problem.path}`: {problem.detail}")


if __name__ == "__main__":
    main(sys.argv[1], pathlib.Path(sys.argv[2]))
