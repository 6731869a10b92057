"""Demo consultation (synthetic, said so in every title): the demo plan frozen as v0.1
and put in consultation, an FGD with invitations, attendance and inputs, some answered
(one carried out in v0.2), so every consultation page has something to show."""

from __future__ import annotations

from datetime import date
from typing import Any

from rancang.core.features import DemoContext

#: (name, organisation, group, section, input, consent)
DEMO_INPUTS = (
    ("Peserta Contoh 1", "KADIN (contoh)", "asosiasi", "visi.visi_misi",
     "Visi perlu menyebut industri hilirisasi nikel dan pemasok lokal.", True),
    ("Peserta Contoh 2", "Sentra IKM Rotan (contoh)", "ikm", "program.pemberdayaan",
     "Tambahkan pelatihan desain dan sertifikasi halal untuk IKM pangan.", True),
    ("Peserta Contoh 3", "Sentra IKM Pangan (contoh)", "ikm", "program.pemberdayaan",
     "Perlu pelatihan sertifikasi halal dan desain kemasan untuk IKM pangan.", False),
    ("Peserta Contoh 4", "Dinas PUPR (contoh)", "opd", "program.sarana_prasarana",
     "Jalan akses ke kawasan industri belum masuk program prasarana.", True),
    ("Peserta Contoh 5", "Universitas (contoh)", "akademisi", "kondisi.perekonomian",
     "Data PDRB sebaiknya memakai harga konstan 2010 dan seri terbaru.", True),
    ("Peserta Contoh 6", "Warga (contoh)", "masyarakat", "visi.visi_misi",
     "Libatkan masyarakat sekitar kawasan dalam rekrutmen tenaga kerja.", False),
)


def load_demo(ctx: DemoContext) -> None:
    """Add the demo consultation to the demo plan (once)."""
    if ctx.engine is None:
        return
    from sqlalchemy import select

    from rancang.features.consult.models import ConsultEvent
    from rancang.features.plan.models import Plan

    with ctx.engine.connect() as conn:
        plan_id = conn.execute(select(Plan.id).where(Plan.created_by == "demo")
                               .order_by(Plan.id)).scalar()
        done = conn.execute(select(ConsultEvent.id).where(
            ConsultEvent.created_by == "demo")).first()
    if plan_id is None or done is not None:
        return
    demo_consultation(ctx.engine, int(plan_id))


def demo_consultation(engine: Any, plan_id: int) -> int:
    """Freeze the plan as v0.1 (if needed), put it in consultation, hold a synthetic FGD
    and answer some inputs; returns the event's id."""
    from rancang.core.actors import ADMIN_ROLE, Actor, Grant
    from rancang.features.consult.answers import Answer, answer
    from rancang.features.consult.capture import capture_batch
    from rancang.features.consult.events import _store_people, create_event
    from rancang.features.consult.vocab import norm
    from rancang.features.plan.service import get_plan, set_status
    from rancang.features.plan.store import edit_section
    from rancang.features.plan.versions import freeze, list_versions

    actor = Actor(0, "demo", (Grant(ADMIN_ROLE),), display_name="demo")
    labels = [v.label for v in list_versions(engine, actor, plan_id)]
    if "v0.1" not in labels:
        freeze(engine, actor, plan_id, "v0.1", note="demo")
    if get_plan(engine, actor, plan_id).status == "draft":
        set_status(engine, actor, plan_id, "consultation")
    invites = [("KADIN (contoh)", "asosiasi"), ("Sentra IKM Rotan (contoh)", "ikm"),
               ("Dinas PUPR (contoh)", "opd"), ("Universitas (contoh)", "akademisi"),
               ("DPRD (contoh)", "dprd")]
    event = create_event(
        engine, actor, plan_id, version="v0.1", title="FGD Rancangan RPIK (contoh sintetis)",
        held_on=date(2026, 5, 12), place="Aula Bappeda (contoh)", organiser="Dinas "
        "Perindustrian (contoh)", agenda="- Pembukaan\n- Paparan rancangan\n- Diskusi",
        chair="Sekretaris Daerah (contoh)", speakers=["Tim penyusun (contoh)"],
        invites=invites)
    people = [{"name": n, "organisation": o, "group": g, "position": "", "contact": "",
               "name_key": norm(n), "organisation_key": norm(o)}
              for n, o, g, *_ in DEMO_INPUTS[:5]]
    _store_people(engine, event.id, people, "list")
    ids, _ = capture_batch(engine, actor, event.id, [
        {"nama": n, "instansi": o, "kelompok": g, "bagian": s, "masukan": t,
         "boleh_dipublikasikan": "ya" if c else "tidak"} for n, o, g, s, t, c in DEMO_INPUTS])
    edit_section(engine, actor, plan_id, "visi.visi_misi",
                 "Visi (contoh sintetis): industri hilir nikel dengan pemasok lokal.")
    if "v0.2" not in labels:
        freeze(engine, actor, plan_id, "v0.2", note="demo")
    answer(engine, actor, [ids[0]], Answer("Visi disesuaikan.", "diakomodasi", "Sejalan "
                                           "dengan RIPIN.", "v0.2", "visi.visi_misi"))
    answer(engine, actor, [ids[1], ids[2]], Answer(
        "Dimasukkan dalam program pemberdayaan.", "diakomodasi_sebagian",
        "Sertifikasi halal masuk; desain menunggu anggaran."))
    answer(engine, actor, [ids[4]], Answer("Data PDRB sudah ADHK 2010.", "di_luar_lingkup",
                                           "Catatan untuk lampiran data."))
    return event.id
