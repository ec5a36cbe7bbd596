try:
    risky()
except (TypeError, ValueError) as err:
    log(err)
except Exception as e:
    raise
