"""`manage.py check --deploy` warns when the fetcher may reach private addresses."""

from django.core.management import call_command


def run_deploy_checks(capsys) -> str:
    call_command("check", deploy=True, fail_level="CRITICAL")
    captured = capsys.readouterr()
    return captured.out + captured.err


def test_deploy_check_warns_when_private_addresses_are_allowed(settings, capsys):
    settings.FETCH_ALLOW_PRIVATE_ADDRESSES = True

    assert "sources.W001" in run_deploy_checks(capsys)


def test_deploy_check_is_quiet_by_default(settings, capsys):
    settings.FETCH_ALLOW_PRIVATE_ADDRESSES = False

    assert "sources.W001" not in run_deploy_checks(capsys)
