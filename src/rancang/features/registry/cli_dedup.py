"""``rancang registry dedup``, ``undo-merge`` and ``history`` (kept apart to stay small)."""

from __future__ import annotations

import json
from typing import Annotated

import typer

DbOpt = Annotated[
    str | None,
    typer.Option(
        "--database-url", help="SQLAlchemy URL of the register (default RANCANG_DATABASE_URL)."
    ),
]


def _show(cluster: object) -> None:
    for r in cluster.records:  # type: ignore[attr-defined]
        mark = "*" if r["id"] == cluster.survivor else " "  # type: ignore[attr-defined]
        typer.echo(
            f"  {mark} [{r['id']}] {r['name']} | NIB {r['nib'] or '-'} | "
            f"{r['owner_name'] or '-'} | {r['address'] or '-'} | "
            f"{r['village_name'] or r['village_code'] or '-'}"
        )


def register(reg: typer.Typer) -> None:
    """Add the de-duplication commands to the ``registry`` sub-app."""
    from rancang.features.registry.cli import _closing, _engine

    @reg.command("dedup")
    @_closing
    def dedup_cmd(
        review: Annotated[
            bool, typer.Option("--review", help="Tinjau tiap kelompok: gabung / pisah / lewati.")
        ] = False,
        threshold: Annotated[float, typer.Option(help="Ambang skor kecocokan.")] = 7.0,
        limit: Annotated[int, typer.Option(help="Kelompok yang ditampilkan.")] = 20,
        actor: Annotated[str | None, typer.Option(help="Nama petugas (log audit).")] = None,
        database_url: DbOpt = None,
    ) -> None:
        """Cari usaha ganda; dengan --review gabungkan atau pisahkan (tercatat, bisa dibatalkan)."""
        from rancang.features.registry.merge import detect, keep_apart, merge

        engine = _engine(database_url)
        clusters = detect(engine, threshold=threshold)
        typer.echo(
            f"{len(clusters)} kelompok dugaan data ganda "
            f"({sum(len(c.ids) for c in clusters)} usaha); * = usulan data utama"
        )
        if not review:
            for k, c in enumerate(clusters[:limit], start=1):
                typer.echo(f"Kelompok {k}:")
                _show(c)
            return
        merged = kept = 0
        for k, c in enumerate(clusters, start=1):
            typer.echo(f"Kelompok {k}/{len(clusters)}:")
            _show(c)
            answer = typer.prompt("[g]abung, [p]isah, [l]ewati, [s]elesai", default="l")
            choice = answer.strip().lower()[:1]
            if choice == "g":
                mid = merge(engine, c.survivor, [i for i in c.ids if i != c.survivor], actor=actor)
                typer.echo(
                    f"  digabung ke [{c.survivor}] (penggabungan {mid}; batalkan dengan "
                    f"`rancang registry undo-merge {mid}`)"
                )
                merged += 1
            elif choice == "p":
                keep_apart(engine, c.ids, actor=actor)
                kept += 1
            elif choice == "s":
                break
        typer.echo(f"Selesai: {merged} digabung, {kept} dipisahkan.")

    @reg.command("undo-merge")
    @_closing
    def undo_cmd(
        merge_id: Annotated[int, typer.Argument(help="Nomor penggabungan.")],
        actor: Annotated[str | None, typer.Option(help="Nama petugas (log audit).")] = None,
        database_url: DbOpt = None,
    ) -> None:
        """Batalkan satu penggabungan data ganda."""
        from rancang.core.errors import RancangError
        from rancang.features.registry.merge import undo

        try:
            undo(_engine(database_url), merge_id, actor=actor)
        except RancangError as exc:
            raise typer.BadParameter(str(exc)) from None
        typer.echo(f"Penggabungan {merge_id} dibatalkan.")

    @reg.command("history")
    @_closing
    def history_cmd(
        enterprise_id: Annotated[int, typer.Argument(help="Id usaha.")],
        database_url: DbOpt = None,
    ) -> None:
        """Riwayat perubahan satu usaha (log audit)."""
        from rancang.features.registry.audit import history

        with _engine(database_url).connect() as conn:
            for h in history(conn, "enterprise", enterprise_id):
                typer.echo(
                    f"{h['at']:%Y-%m-%d %H:%M} {h['actor']} {h['action']}: "
                    f"{json.dumps(h['before'], ensure_ascii=False)} -> "
                    f"{json.dumps(h['after'], ensure_ascii=False, default=str)}"
                )
