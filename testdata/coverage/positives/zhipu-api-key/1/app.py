llm = ZhipuAILLM(temperature=0.7, zhipuai_api_key="7432a44ffc2a092c7ba05ef59538ab52.zdfygCIr7I05RWmR")
