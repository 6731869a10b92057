"""Consultation on the draft plan: FGDs and other events, every input answered, the
berita acara and the matriks tanggapan.

Events (FGD, konsultasi publik, Rakor, written round) discuss one frozen version of a plan;
invited organisations by stakeholder group, attendance (uploaded list or phone check-in).
Inputs are anchored to a version and a section (a quoted passage or a table cell), with
their author as consented; each gets an answer, a disposition (diakomodasi, diakomodasi
sebagian, tidak diakomodasi, di luar lingkup), a reason and the section of a later version
that carried the change. ``rancang consult``, the pages under ``/consult`` and
``/api/v1/consult`` share one service.
"""

from __future__ import annotations

from rancang.core.features import Feature, NavEntry, Permission

FEATURE = Feature(
    name="consult",
    package=__name__,
    label="feature.consult",
    requires=("accounts", "plan"),
    words=("rancang.features.consult.words", "rancang.features.consult.cli_words"),
    models=("rancang.features.consult.models",),
    cli="rancang.features.consult.cli:register",
    routers=("rancang.features.consult.routes.pages:router",
             "rancang.features.consult.routes.public:router",
             "rancang.features.consult.routes.api:router",
             "rancang.features.consult.routes.worker:router"),
    form_labels="rancang.features.consult.routes:FORM_LABELS",
    # the link counts the account's unread notices (answers to its inputs), read on /consult
    nav=(NavEntry("/consult", "consult.nav", "consult.submit", order=55, id="nav-consult",
                  badge="rancang.features.consult.answers:unread_count",
                  badge_label="consult.nav.unread"),),
    demo="rancang.features.consult.demo:load_demo",
    permissions=(
        Permission("consult.read", ("analyst", "planner"), "consult.perm.read"),
        Permission("consult.write", ("analyst", "planner"), "consult.perm.write"),
        Permission("consult.submit", ("analyst", "planner", "viewer"), "consult.perm.submit",
                   scoped=False),
    ),
)
