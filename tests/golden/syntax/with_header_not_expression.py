with timer("work")+
    pass
