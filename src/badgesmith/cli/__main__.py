from badgesmith.cli.main import main

raise SystemExit(main())
