"""E-mail notices of answers, when mail is configured: the author of an answered input
who left an e-mail address gets the answer in the language they wrote in.

Mail is configured by ``RANCANG_SMTP_HOST`` and ``RANCANG_SMTP_FROM`` (with
``RANCANG_SMTP_PORT``, ``RANCANG_SMTP_USER``, ``RANCANG_SMTP_PASSWORD``,
``RANCANG_SMTP_SECURITY`` = ``starttls``, ``ssl`` or ``none``). Sending happens after the
answers are stored: a mail server that fails never undoes or blocks an answer; the failure
is logged and counted for the answerer to see. The in-app notice is written either way.
"""

from __future__ import annotations

import logging
import smtplib
import ssl
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import make_msgid
from typing import TYPE_CHECKING, Any

from rancang.core.i18n import text

if TYPE_CHECKING:
    from rancang.features.consult.answers import Answer
    from rancang.features.consult.inputs import InputInfo

log = logging.getLogger(__name__)


def configured(settings: Any) -> bool:
    """Mail is configured: a host and a sender address.

    >>> from types import SimpleNamespace as S
    >>> configured(S(smtp_host="mail.example", smtp_from="a@example.org")), configured(S())
    (True, False)
    """
    return bool(getattr(settings, "smtp_host", "") and getattr(settings, "smtp_from", ""))


def answer_message(item: InputInfo, ans: Answer, sender: str) -> EmailMessage:
    """The notice to the author of ``item`` in their language (``item.lang``)."""
    lang = item.lang if item.lang in ("id", "en") else "id"
    msg = EmailMessage()
    msg["Subject"] = text("consult.mail.subject", lang, id=item.id,
                          version=item.version_label)
    msg["From"] = sender
    msg["To"] = item.email
    msg["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    change = (f"{ans.change_version}#{ans.change_section}" if ans.change_version else "-")
    excerpt = item.text if len(item.text) <= 500 else item.text[:500] + "..."
    msg.set_content(text("consult.mail.body", lang, name=item.author_name or "-",
                         id=item.id, version=item.version_label, section=item.section_key,
                         input=excerpt, answer=ans.response.strip(),
                         status=text(f"consult.disposition.{ans.disposition}", lang),
                         reason=ans.reason.strip() or "-", change=change))
    return msg


@dataclass
class Mailer:
    """Sends the answer notices of saved answers (called with the saved pairs); counts
    what was sent and what failed. Does nothing when mail is not configured."""

    settings: Any
    sent: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)

    def __call__(self, pairs: list[tuple[InputInfo, Answer]]) -> None:
        messages = [answer_message(i, a, self.settings.smtp_from)
                    for i, a in pairs if i.email]
        if not messages or not configured(self.settings):
            return
        try:
            with self._connect() as smtp:
                for m in messages:
                    try:
                        smtp.send_message(m)
                        self.sent += 1
                    except smtplib.SMTPException as exc:
                        self._failed(1, exc)
        except (OSError, smtplib.SMTPException) as exc:
            self._failed(len(messages) - self.sent, exc)

    def _failed(self, n: int, exc: BaseException) -> None:
        self.failed += n
        self.errors.append(f"{type(exc).__name__}: {exc}"[:300])
        log.warning("consult: %d answer notice(s) not sent: %s", n, exc)

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        security = str(s.smtp_security).lower()
        smtp: smtplib.SMTP
        if security == "ssl":
            smtp = smtplib.SMTP_SSL(s.smtp_host, s.smtp_port, timeout=s.smtp_timeout,
                                    context=ssl.create_default_context())
        else:
            smtp = smtplib.SMTP(s.smtp_host, s.smtp_port, timeout=s.smtp_timeout)
        try:
            if security == "starttls":
                smtp.starttls(context=ssl.create_default_context())
            if s.smtp_user:
                smtp.login(s.smtp_user, s.smtp_password)
        except BaseException:
            smtp.close()
            raise
        return smtp
