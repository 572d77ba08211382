"""An HTML page's 发文机关 against the issuer its title prints (GUIDE.md: the issuer "as printed in
the title or signature"). Pages and titles of our own."""

from __future__ import annotations

from graph.extract.metadata import extract_metadata


def issuer(title: str, page_issuer: str) -> str | None:
    text = f"{title}\n各处室：\n一、加强调度。\n2020年3月2日\n"
    return extract_metadata(text, {"issuer": page_issuer}).issuer


def test_the_page_names_the_same_body_in_full() -> None:
    assert issuer("省商务厅关于做好调度工作的通知", "江西省商务厅") == "江西省商务厅"
    assert issuer("江西省市场监管局关于做好调度工作的通知", "江西省市场监督管理局") == "江西省市场监督管理局"


def test_the_title_names_another_body_than_the_page_files_it_under() -> None:
    # the bureau's office, and a leading group of the bureau, issue their own notices
    assert issuer("江西省商务厅办公室关于做好调度工作的通知", "江西省商务厅") == "江西省商务厅办公室"
    assert issuer("省商务厅物流工作领导小组关于做好调度工作的通知", "江西省商务厅") == "省商务厅物流工作领导小组"


def test_a_title_without_an_issuer_takes_the_pages() -> None:
    assert issuer("关于做好调度工作的通知", "江西省商务厅") == "江西省商务厅"


def signed(title: str, signature: str, page_issuer: str) -> str | None:
    text = f"{title}\n各处室：\n一、加强调度。\n{signature}\n2020年3月2日\n"
    return extract_metadata(text, {"issuer": page_issuer}).issuer


def test_a_title_without_an_issuer_and_a_signature_of_another_body() -> None:
    # the bureau's leading group signs a notice the page files under the bureau (GUIDE: the issuer
    # as printed in the title or signature)
    assert signed("关于做好调度工作的通知", "省局物流工作领导小组", "江西省商务厅") == "省局物流工作领导小组"
    # the signature's short form of the page's body: the page's full name
    assert signed("关于做好调度工作的通知", "省商务厅", "江西省商务厅") == "江西省商务厅"
    assert signed("关于做好调度工作的通知", "江西省商务厅", "江西省商务厅") == "江西省商务厅"
