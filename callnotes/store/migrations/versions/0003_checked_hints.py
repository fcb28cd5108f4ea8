"""redactions.checked_hints: second-look items the operator checked (offsets only)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30 17:10:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("redactions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("checked_hints", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("redactions", schema=None) as batch_op:
        batch_op.drop_column("checked_hints")
