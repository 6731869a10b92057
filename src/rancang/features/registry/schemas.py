"""Pydantic schemas per use: create, update, and the public view without confidential data.

``EnterprisePublic`` is what may leave the office about a single firm: identity,
location, classification and product, never the owner's personal data (name, phone, e-mail)
nor any reported value (workers, investment, output), which UU 3/2014 arts. 69-70 keep
confidential. Published figures go through :mod:`rancang.features.registry.confidentiality`.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator

PERSONAL_FIELDS = ("owner_name", "phone", "email")
CONFIDENTIAL_FIELDS = (*PERSONAL_FIELDS, "nib")


class EnterpriseBase(BaseModel):
    """Fields shared by the create and update schemas."""

    model_config = ConfigDict(from_attributes=True, str_strip_whitespace=True)

    name: str = Field(min_length=1, max_length=300)
    legal_form: str | None = None
    address: str | None = None
    province_code: str | None = Field(default=None, pattern=r"^\d{2}$")
    regency_code: str | None = Field(default=None, pattern=r"^\d{2}\.\d{2}$")
    district_code: str | None = Field(default=None, pattern=r"^\d{2}\.\d{2}\.\d{2}$")
    village_code: str | None = Field(default=None, pattern=r"^\d{2}\.\d{2}\.\d{2}\.\d{4}$")
    latitude: float | None = Field(default=None, ge=-11, le=6)
    longitude: float | None = Field(default=None, ge=95, le=141)
    kbli: str | None = Field(default=None, pattern=r"^\d{2,5}$")
    kbli_others: list[str] = Field(default_factory=list)
    product: str | None = None
    sentra_id: int | None = None
    status: str = Field(default="draft", pattern=r"^(draft|returned|verified)$")


class EnterpriseCreate(EnterpriseBase):
    """A new firm, with its protected personal data.

    Example
    -------
    >>> EnterpriseCreate(name="UD Roti Bu Ani", nib="9120001234567").nib
    '9120001234567'
    >>> EnterpriseCreate(name="x", nib="123")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    pydantic_core.ValidationError: NIB harus 13 digit angka / NIB must be 13 digits
    """

    nib: str | None = None
    owner_name: str | None = None
    phone: str | None = None
    email: str | None = None

    @field_validator("nib")
    @classmethod
    def _nib(cls, v: str | None) -> str | None:
        if v is not None and not (len(v) == 13 and v.isdigit()):
            raise ValueError("NIB harus 13 digit angka / NIB must be 13 digits")
        return v


class EnterpriseUpdate(BaseModel):
    """Partial update: only the fields given are changed."""

    model_config = ConfigDict(str_strip_whitespace=True)

    name: str | None = None
    legal_form: str | None = None
    address: str | None = None
    village_code: str | None = Field(default=None, pattern=r"^\d{2}\.\d{2}\.\d{2}\.\d{4}$")
    kbli: str | None = Field(default=None, pattern=r"^\d{2,5}$")
    product: str | None = None
    status: str | None = Field(default=None, pattern=r"^(draft|returned|verified)$")
    owner_name: str | None = None
    phone: str | None = None
    email: str | None = None

    @field_validator("name", "status")
    @classmethod
    def _not_null(cls, v: str | None) -> str:
        """A firm always has a name and a status: ``null`` erases neither.

        >>> EnterpriseUpdate.model_validate({"name": None})  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        pydantic_core._pydantic_core.ValidationError: 1 validation error ...
        """
        if v is None:
            raise ValueError("wajib diisi / is required")
        return v


class EnterprisePublic(EnterpriseBase):
    """What may be published about one firm: no personal data, no NIB, no reported values.

    Example
    -------
    >>> sorted(set(EnterpriseCreate.model_fields) - set(EnterprisePublic.model_fields))
    ['email', 'nib', 'owner_name', 'phone']
    """

    id: int
